package org.lscp.workspace.domain.caseaudit.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditFigure;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Audit grades as the board reads them. No actor: the calling use case has checked its caller. */
public interface AuditedFigures {
    /** The themes the partnership has audited (their domains join the measure catalogue). */
    java.util.Set<AuditTheme> themesAudited(PartnershipId partnership);

    /** Of the theme's cases graded in the days given, those good or better overall ({@code domain} null) or in it. */
    AuditFigure figure(PartnershipId partnership, AuditTheme theme, @Nullable AuditDomain domain, LocalDate from,
                       LocalDate to);
}
