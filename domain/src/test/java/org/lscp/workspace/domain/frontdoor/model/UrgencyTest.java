package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:47:00Z");

    @ParameterizedTest(name = "{0} with {1} min left: {2}")
    @CsvSource({
            "RED,   2880, URGENT",   // two days left is never green for a red contact
            "RED,   1,    URGENT",
            "RED,   0,    OVERDUE",
            "RED,   -5,   OVERDUE",
            "AMBER, 2880, SOON",
            "AMBER, 59,   URGENT",
            "AMBER, 60,   SOON",
            "GREEN, 2880, IN_TIME",
            "GREEN, 480,  IN_TIME",
            "GREEN, 479,  SOON",
            "GREEN, 59,   URGENT",
            "GREEN, -1,   OVERDUE"
    })
    void urgencyFollowsTheRagAndTheTimeLeft(Rag rag, long minutesLeft, Urgency expected) {
        assertThat(Urgency.of(rag, NOW.plus(Duration.ofMinutes(minutesLeft)), false, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"RED", "AMBER", "GREEN"})
    void aDecidedContactIsDecidedWhateverItsDeadline(Rag rag) {
        assertThat(Urgency.of(rag, NOW.minusSeconds(3600), true, NOW)).isEqualTo(Urgency.DECIDED);
    }
}
