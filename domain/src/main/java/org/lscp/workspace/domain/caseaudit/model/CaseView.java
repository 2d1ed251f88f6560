package org.lscp.workspace.domain.caseaudit.model;

import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.AgencyId;

/** A case as its auditors work it: the case, its programme, each agency's section (if in) and agency names. */
public record CaseView(AuditCase auditCase, AuditProgramme programme, List<AgencySection> sections,
                       Map<AgencyId, String> agencyNames) {
    public CaseView {
        sections = List.copyOf(sections);
        agencyNames = Map.copyOf(agencyNames);
    }

    /** Every agency that knew the child has written its section: the group may grade. */
    public boolean sectionsIn() {
        return auditCase.agencies().stream().allMatch(a -> sections.stream().anyMatch(s -> s.agency().equals(a)));
    }
}
