package org.lscp.workspace.domain.frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

class DecisionRecommendationsTest {
    final TestPartnerships world = TestPartnerships.withFrontDoor();

    @Test
    void aDecisionIsRecordedAgainstTheRecommendationsTheManagerConfirms() {
        var inspection = world.addInspection(world.adminA(), "SIF 2015", LocalDate.of(2015, 1, 20));
        var recommendation = world.addRecommendation(world.adminA(), inspection, 1, world.leadOfficerA().memberId());
        var contact = world.recordContact(world.practitionerA(), "R-1");

        var decision = world.deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                new RecordDecisionCommand(ThresholdLevel.EARLY_HELP, "Family agrees to early help", "", null, false,
                        Set.of(recommendation.requireId())));

        assertThat(world.decisions.recommendationsOf(decision.id())).containsExactly(recommendation.requireId());
    }

    @Test
    void anotherPartnershipsRecommendationIsRefused() {
        var contact = world.recordContact(world.practitionerA(), "R-2");

        assertThatThrownBy(() -> world.deciding.decide(world.mashManagerA(), contact.requireId(),
                contact.version(), new RecordDecisionCommand(ThresholdLevel.EARLY_HELP, "Because", "", null, false,
                        Set.of(new RecommendationId(987_654)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Choose recommendations of your own partnership.");
        assertThat(world.decisions.forContact(contact.requireId())).isEmpty();
    }
}
