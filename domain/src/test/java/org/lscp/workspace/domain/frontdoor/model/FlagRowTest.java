package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagRowTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:47:00Z");

    private static FlagRow row(long id, FlagType type, long hoursAgo, String child) {
        return new FlagRow(id, type, NOW.minusSeconds(hoursAgo * 3600), new ContactId(id), "C-2026-00000" + id, child,
                Rag.RED, "Police", "Police", null, null);
    }

    @Test
    void seriousFlagsComeFirstThenTheNewest() {
        List<FlagRow> expected = List.of(
                row(5, FlagType.DISCLOSURE_NOT_PROGRESSED, 1, "A"),
                row(4, FlagType.MEDICAL_NOT_CONSIDERED, 30, "B"),
                row(1, FlagType.DISCLOSURE_NOT_PROGRESSED, 4000, "C"),
                row(6, FlagType.NO_OVERSIGHT, 0, "D"),
                row(7, FlagType.REPEAT_CONTACT, 2, "F"),   // raised together: the later flag first
                row(3, FlagType.DECISION_OVERDUE, 2, "E"),
                row(2, FlagType.REPEAT_CONTACT, 2, "G"));
        for (long seed = 0; seed < 20; seed++) {
            List<FlagRow> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(FlagRow.mostSeriousFirst());
            assertThat(shuffled).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Aisha Smith|A. S.",
            "  aisha   smith  |A. S.",
            "Mary-Jane O'Neill|M. J. O.",
            "Child CS-8|C. C.",
            "Łucja Żak|Ł. Ż."
    })
    void aChildIsShownByInitials(String name, String initials) {
        assertThat(row(1, FlagType.REPEAT_CONTACT, 0, name).childInitials()).isEqualTo(initials);
    }
}
