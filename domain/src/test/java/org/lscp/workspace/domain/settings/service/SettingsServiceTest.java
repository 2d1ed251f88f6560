package org.lscp.workspace.domain.settings.service;

import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.settings.model.PartnershipSettings;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;

class SettingsServiceTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();

    @Test
    void thePartnershipStartsWithTheDefaults() {
        assertThat(world.settingsService.get(world.adminA()))
                .isEqualTo(PartnershipSettings.defaults(world.partnershipA()));
    }

    @Test
    void anAdminChangesTheTimescalesAuditedAndNewContactsUseThem() {
        Instant wednesday = LocalDateTime.parse("2026-11-25T10:00").atZone(London.ZONE).toInstant();
        world.clock.set(wednesday);
        int audits = world.auditLog.size();
        var changed = new DecisionTimescales(2, 1, 5, DecisionTimescales.RedOutOfHours.MASH_WORKING_HOURS);
        world.settingsService.save(world.adminA(), changed, new EscalationTimescales(3, 3, 5, 10),
                new ProtectionTimescales(2));
        assertThat(world.settingsService.get(world.adminA()).decisions()).isEqualTo(changed);
        assertThat(world.auditLog.all().get(audits)).satisfies(a -> {
            assertThat(a.entityType()).isEqualTo("Settings");
            assertThat(a.before()).contains("red (hours): 4").contains("red out of hours: The emergency duty team");
            assertThat(a.after()).contains("red (hours): 2").contains("red out of hours: The MASH when it next opens").contains("escalation stage 1 (working days): 3")
                    .contains("strategy discussion (working days): 2");
        });
        var red = world.recordContact(world.practitionerA(), "C-9", Rag.RED, false, ConcernCategory.NEGLECT);
        assertThat(red.deadline()).isEqualTo(wednesday.plusSeconds(2 * 3_600));
        assertThat(world.settingsService.get(world.adminB()))
                .isEqualTo(PartnershipSettings.defaults(world.partnershipB()));
    }

    @Test
    void onlyAnAdminSeesOrChangesThem() {
        assertThatThrownBy(() -> world.settingsService.get(world.mashManagerA()))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.settingsService.save(world.boardChairA(), DecisionTimescales.DEFAULTS,
                EscalationTimescales.DEFAULTS, ProtectionTimescales.DEFAULTS))
                .isInstanceOf(NotAuthorisedException.class);
    }
}
