package org.lscp.workspace.domain.section11.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * A Section 11 self-assessment cycle (Children Act 2004 s11; schools under Education Act s175), usually every two
 * years: its standards (the partnership's, editable), the day returns are due and each agency's named lead.
 */
public record Cycle(@Nullable Long id, PartnershipId partnershipId, String title, LocalDate dueOn,
                    List<String> standards, Map<AgencyId, MemberId> leads, long version) implements Audited {
    /** The standards of DOMAIN.md, the partnership's starting point. */
    public static final List<String> STANDARDS = List.of("Senior accountability", "A named lead",
            "Listening to children", "Whistleblowing", "Escalation and resolution", "Information sharing",
            "Designated practitioners", "Safer recruitment", "Supervision", "Training");

    public Cycle {
        standards = List.copyOf(standards);
        leads = Map.copyOf(leads);
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("cycle not saved yet");
        return id;
    }

    @Override public String auditType() { return "Section 11 cycle"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("title", title).with("due on", dueOn).with("standards", standards)
                .with("leads", leads.entrySet().stream().map(e -> e.getKey().value() + "=" + e.getValue().value())
                        .sorted().toList());
    }
}
