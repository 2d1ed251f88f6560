package org.lscp.workspace.domain.caseaudit.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.caseaudit.model.AgencySection;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface CaseAuditRepository {
    /** Inserts (no id) or updates at its version, moving it on; a stale version is refused. */
    AuditProgramme save(AuditProgramme programme);

    Optional<AuditProgramme> programme(PartnershipId partnership, long id);

    /** Newest meeting first (and by id, newest first). */
    List<AuditProgramme> programmes(PartnershipId partnership);

    /** Inserts (no id) or updates at its version, moving it on; a stale version is refused. */
    AuditCase save(AuditCase auditCase);

    Optional<AuditCase> auditCase(PartnershipId partnership, long id);

    /** By number. */
    List<AuditCase> cases(PartnershipId partnership, long programmeId);

    /** Adds or replaces the agency's section. */
    void save(AgencySection section);

    List<AgencySection> sections(long caseId);

    /** Every section of the programme's cases, by case then agency (one read for the audit's page). */
    List<AgencySection> sectionsOfProgramme(long programmeId);

    /** The cases of a theme's audits whose grade stands, graded (or moderated) in the London days given. */
    List<AuditCase> gradedCases(PartnershipId partnership, AuditTheme theme, LocalDate from, LocalDate to);
}
