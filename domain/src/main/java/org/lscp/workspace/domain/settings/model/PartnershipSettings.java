package org.lscp.workspace.domain.settings.model;

import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The timescales a partnership sets: threshold decisions by RAG, escalation stages and strategy discussions. */
public record PartnershipSettings(PartnershipId partnershipId, DecisionTimescales decisions,
                                  EscalationTimescales escalations, ProtectionTimescales protection)
        implements Audited {

    public static PartnershipSettings defaults(PartnershipId partnership) {
        return new PartnershipSettings(partnership, DecisionTimescales.DEFAULTS, EscalationTimescales.DEFAULTS,
                ProtectionTimescales.DEFAULTS);
    }

    @Override public String auditType() { return "Settings"; }

    @Override public String auditId() { return String.valueOf(partnershipId.value()); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("red (hours)", decisions.redHours())
                .with("red out of hours", decisions.redOutOfHours().label())
                .with("amber (working days)", decisions.amberWorkingDays())
                .with("green (working days)", decisions.greenWorkingDays())
                .with("contacts held (years)", decisions.historyYears())
                .with("escalation stage 1 (working days)", escalations.stage1Days())
                .with("stage 2", escalations.stage2Days()).with("stage 3", escalations.stage3Days())
                .with("stage 4", escalations.stage4Days())
                .with("strategy discussion (working days)", protection.discussionWorkingDays());
    }
}
