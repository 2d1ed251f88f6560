package org.lscp.workspace.domain.caseaudit.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit as a reader sees it: its cases with their grades, and the findings to improve. The child's name and the
 * contact's reference are there only for those who audit it (and the admin); a board chair sees "Case 3".
 */
public record ProgrammeView(AuditProgramme programme, List<CaseLine> cases, boolean seesChildren) {
    public ProgrammeView {
        cases = List.copyOf(cases);
    }

    public record CaseLine(long id, int number, @Nullable String reference, @Nullable String childName,
                           int agencies, int sectionsIn, @Nullable Grade grade, boolean moderated,
                           boolean reaudit, List<String> toImprove) {
        public CaseLine {
            toImprove = List.copyOf(toImprove);
        }
    }
}
