package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void firstStartsAtZero() {
        assertThat(PageRequest.first(20)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void rejectsNegativeOffsetAndOutOfRangeLimits() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PageRequest(0, PageRequest.MAX_LIMIT).limit()).isEqualTo(500);
    }

    @Test
    void textCleanTrimsAndTurnsBlankIntoNull() {
        assertThat(Text.clean("  police ")).isEqualTo("police");
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.clean(null)).isNull();
    }
}
