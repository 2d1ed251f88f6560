package org.lscp.workspace.domain.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotTest {
    @Test
    void writesOneFieldPerLineInOrder() {
        Snapshot snapshot = Snapshot.of().with("name", "Police").with("note", "two\nlines").with("empty", null);
        assertThat(snapshot).hasToString("name: Police\nnote: two lines\nempty:");
        assertThat(snapshot.fields()).containsEntry("empty", "");
    }

    @Test
    void equalWhenFieldsAreEqual() {
        assertThat(Snapshot.of().with("a", 1)).isEqualTo(Snapshot.of().with("a", "1"))
                .hasSameHashCodeAs(Snapshot.of().with("a", "1"))
                .isNotEqualTo(Snapshot.of().with("a", 2));
    }
}
