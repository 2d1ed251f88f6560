package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.ASSURED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.CLOSED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.EVIDENCED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.IN_PROGRESS;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.OPEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

class RecommendationStatusTest {
    private static final Map<RecommendationStatus, Set<RecommendationStatus>> ALLOWED = Map.of(
            OPEN, Set.of(IN_PROGRESS),
            IN_PROGRESS, Set.of(EVIDENCED),
            EVIDENCED, Set.of(ASSURED, IN_PROGRESS),
            ASSURED, Set.of(CLOSED, IN_PROGRESS),
            CLOSED, Set.of());

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (RecommendationStatus from : RecommendationStatus.values()) {
            for (RecommendationStatus to : RecommendationStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    private static Recommendation recommendation(RecommendationStatus status) {
        return new Recommendation(new RecommendationId(7), new PartnershipId(1), new InspectionId(2), 3,
                "Apply thresholds consistently", Theme.THRESHOLDS, new MemberId(4), Set.of(), List.of(), status, 5);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void everyPairIsAllowedOrRefused(RecommendationStatus from, RecommendationStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
        if (allowed) {
            Recommendation moved = recommendation(from).movedTo(to);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved).usingRecursiveComparison().ignoringFields("status").isEqualTo(recommendation(from));
        } else {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> recommendation(from).movedTo(to));
            assertThat(e).isNotNull();
            assertThat(e.fieldErrors()).containsOnlyKeys("status");
        }
    }

    @Test
    void nothingLeavesClosedAndNothingMovesToItself() {
        assertThat(CLOSED.next()).isEmpty();
        for (RecommendationStatus s : RecommendationStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "OPEN|EVIDENCED|A recommendation that is open cannot become evidenced. It can become: in progress.",
            "OPEN|OPEN|A recommendation that is open cannot become open. It can become: in progress.",
            "IN_PROGRESS|CLOSED|A recommendation that is in progress cannot become closed. It can become: evidenced.",
            "EVIDENCED|CLOSED|A recommendation that is evidenced cannot become closed. It can become: in progress or assured.",
            "ASSURED|OPEN|A recommendation that is assured cannot become open. It can become: in progress or closed.",
            "CLOSED|OPEN|A recommendation that is closed cannot become open.",
            "CLOSED|IN_PROGRESS|A recommendation that is closed cannot become in progress.",
    })
    void movedToExplainsWhichStepsAreAllowed(RecommendationStatus from, RecommendationStatus to, String message) {
        assertThat(catchThrowableOfType(ValidationException.class, () -> recommendation(from).movedTo(to)))
                .hasMessage(message)
                .satisfies(e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("status", message)));
    }

    @Test
    void labels() {
        assertThat(Stream.of(RecommendationStatus.values()).map(RecommendationStatus::label))
                .containsExactly("Open", "In progress", "Evidenced", "Assured", "Closed");
    }
}
