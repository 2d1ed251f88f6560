package org.lscp.workspace.domain.settings.service;

import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.settings.model.PartnershipSettings;
import org.lscp.workspace.domain.settings.port.in.ManageSettingsUseCase;
import org.lscp.workspace.domain.settings.port.out.SettingsRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;

public final class SettingsService implements ManageSettingsUseCase {
    private final SettingsRepository settings;
    private final Audit auditor;

    public SettingsService(SettingsRepository settings, Audit auditor) {
        this.settings = settings;
        this.auditor = auditor;
    }

    @Override
    public PartnershipSettings get(Actor actor) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return settings.find(actor.partnershipId());
    }

    @Override
    public PartnershipSettings save(Actor actor, DecisionTimescales decisions, EscalationTimescales escalations,
                                    ProtectionTimescales protection) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        PartnershipSettings before = settings.find(actor.partnershipId());
        PartnershipSettings after = new PartnershipSettings(actor.partnershipId(), decisions, escalations,
                protection);
        settings.save(after);
        auditor.changed(actor, AuditAction.UPDATED, before.snapshot().toString(), after);
        return after;
    }
}
