package org.lscp.workspace.domain.caseaudit.model;

import java.util.List;

/**
 * What the board reads for an audit measure: of the cases of a theme graded in a period, those good or better
 * (overall, or in one domain), in how many audits, and audit by audit for the trend.
 */
public record AuditFigure(long good, long graded, int audits, boolean moderated, List<Point> byAudit) {
    public record Point(String label, long good, long graded) {
    }

    public AuditFigure {
        byAudit = List.copyOf(byAudit);
    }
}
