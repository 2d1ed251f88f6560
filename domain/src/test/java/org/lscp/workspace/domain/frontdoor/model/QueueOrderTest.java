package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.ValidationException;

class QueueOrderTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:47:00Z");
    private long ids;

    private QueueRow row(String ref, Rag rag, Duration dueIn, boolean decided, Duration receivedAgo) {
        return new QueueRow(new ContactId(++ids), ref, NOW.minus(receivedAgo), "Child", "Agency", "Agency", rag,
                NOW.plus(dueIn), decided, "", 0);
    }

    @Test
    void anOverdueRedComesBeforeOverdueAmbersAndEverythingOverdueBeforeWhatIsStillInTime() {
        List<QueueRow> expected = List.of(
                row("red overdue", Rag.RED, Duration.ofMinutes(-5), false, Duration.ofHours(5)),
                row("amber overdue longest", Rag.AMBER, Duration.ofDays(-3), false, Duration.ofDays(4)),
                row("amber overdue", Rag.AMBER, Duration.ofHours(-2), false, Duration.ofDays(2)),
                row("amber due now", Rag.AMBER, Duration.ZERO, false, Duration.ofDays(1)),
                row("green overdue", Rag.GREEN, Duration.ofDays(-1), false, Duration.ofDays(4)),
                row("green due in an hour", Rag.GREEN, Duration.ofHours(1), false, Duration.ofDays(3)),
                row("red due in two hours", Rag.RED, Duration.ofHours(2), false, Duration.ofHours(2)),
                row("amber due in two hours, recorded earlier", Rag.AMBER, Duration.ofHours(2), false,
                        Duration.ofDays(1)),
                row("green due in two hours", Rag.GREEN, Duration.ofHours(2), false, Duration.ofDays(3)),
                row("decided today", Rag.RED, Duration.ofDays(-9), true, Duration.ofHours(1)),
                row("decided last week", Rag.GREEN, Duration.ofDays(1), true, Duration.ofDays(7)));
        for (long seed = 0; seed < 20; seed++) {
            List<QueueRow> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(QueueRow.mostUrgentFirst(NOW));
            assertThat(shuffled).extracting(QueueRow::reference)
                    .containsExactlyElementsOf(expected.stream().map(QueueRow::reference).toList());
        }
        assertThat(expected.get(3).overdue(NOW)).as("due this minute is due").isTrue();
        assertThat(expected.get(9).overdue(NOW)).as("decided is never overdue").isFalse();
    }

    @Test
    void aSearchFindsTheReferenceByItsNumberTheChildsIdOrTheStartsOfTheWordsOfTheirName() {
        ContactFilter search = new ContactFilter(null, null, null, null, null, null, "  139 ");
        assertThat(search.search()).isEqualTo("139");
        assertThat(search.found("C-2026-000139", "X1", "Maya Test")).isTrue();
        assertThat(search.found("C-2026-001390", "X1", "Maya Test")).isFalse();
        ContactFilter name = new ContactFilter(null, null, null, null, null, null, "maya");
        assertThat(name.found("C-2026-000001", "X1", "Maya Test")).isTrue();
        assertThat(name.found("C-2026-000001", "X1", "Amaya Test")).as("not inside a word").isFalse();
        ContactFilter words = new ContactFilter(null, null, null, null, null, null, "jo STO");
        assertThat(words.nameWords()).containsExactly("jo", "sto");
        assertThat(words.found("C-2026-000001", "X1", "Jo Stone")).isTrue();
        assertThat(words.found("C-2026-000001", "X1", "Stone-Jones")).as("each word, in any order").isTrue();
        assertThat(words.found("C-2026-000001", "X1", "Jo Smith")).as("every word searched").isFalse();
        assertThat(new ContactFilter(null, null, null, null, null, null, "will").found("C-1", "X1", "Will O'Neil"))
                .isTrue();
        assertThat(new ContactFilter(null, null, null, null, null, null, "neil").found("C-1", "X1", "Will O'Neil"))
                .isTrue();
        assertThat(new ContactFilter(null, null, null, null, null, null, "- .").found("C-1", "X1", "Will O'Neil"))
                .as("no word: finds no name").isFalse();
        assertThat(new ContactFilter(null, null, null, null, null, null, "x1").found("C-2026-000001", "X1", "A"))
                .isTrue();
        assertThat(new ContactFilter(null, null, null, null, null, null, " ").search()).isNull();
        assertThatThrownBy(() -> new ContactFilter(null, null, null, null, null, null, "x".repeat(81)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aSortedColumnOrdersByItsValueAndTheNewerContactBreaksTies() {
        QueueRow older = row("older", Rag.GREEN, Duration.ofHours(5), false, Duration.ofDays(2));
        QueueRow newer = row("newer", Rag.RED, Duration.ofHours(1), false, Duration.ofHours(1));
        QueueRow sameTimeAsNewer = row("same time", Rag.AMBER, Duration.ofHours(1), false, Duration.ofHours(1));
        List<QueueRow> rows = new ArrayList<>(List.of(older, newer, sameTimeAsNewer));
        rows.sort(QueueSort.RECEIVED_NEWEST.comparator(NOW));
        assertThat(rows).containsExactly(sameTimeAsNewer, newer, older);
        rows.sort(QueueSort.RECEIVED_OLDEST.comparator(NOW));
        assertThat(rows).containsExactly(older, sameTimeAsNewer, newer);
        rows.sort(QueueSort.DUE_SOONEST.comparator(NOW));
        assertThat(rows).containsExactly(sameTimeAsNewer, newer, older);
        rows.sort(QueueSort.DUE_LATEST.comparator(NOW));
        assertThat(rows).containsExactly(older, sameTimeAsNewer, newer);
        assertThat(new ContactFilter(null, null, null, null, null, null).sort()).isEqualTo(QueueSort.MOST_URGENT);
    }
}
