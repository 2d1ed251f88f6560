package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u202E",
            "\u0000", "\u0007", "\u001B", "\u007F", "\u3164", "\u00A0", "\u3000", "\t", " \u200B \uFEFF "})
    void invisibleCharactersAloneAreNothing(String value) {
        assertThat(Text.line(value)).isNull();
        assertThat(Text.block(value)).isNull();
    }

    @Test
    void invisibleCharactersAreStrippedAndSpacesBecomePlain() {
        assertThat(Text.line("\u200BAmira\u00A0Khan\uFEFF")).isEqualTo("Amira Khan");
        assertThat(Text.line("a\u2060b\u202Ec\u0007d")).isEqualTo("abcd");
        assertThat(Text.line("tab\there")).isEqualTo("tab here");
    }

    @Test
    void aJoinerBetweenTwoLettersIsPartOfTheWordAndKept() {
        // Persian "mi-khaham" is spelt with a zero-width non-joiner; a family emoji is joined by zero-width joiners
        assertThat(Text.line("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).contains("\u200C");
        assertThat(Text.line("\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo("\uD83D\uDC69\u200D\uD83D\uDC67");
        assertThat(Text.line("\u200DJo\u200C \u200Cy\u200D")).isEqualTo("Jo y");
    }

    @Test
    void aBlockKeepsItsLinesAsNewLines() {
        assertThat(Text.block(" one\r\ntwo\rthree\u2028four\u2029five\u0085six \n")).isEqualTo(
                "one\ntwo\nthree\nfour\nfive\nsix");
        assertThat(Text.line("one\r\ntwo")).isEqualTo("one two");
    }

    @Test
    void lineBreaksOfEveryKindAreSeen() {
        for (String s : new String[] {"a\nb", "a\rb", "a\u2028b", "a\u2029b", "a\u0085b", "a\u000Bb"}) {
            assertThat(Text.hasLineBreak(s)).as(s).isTrue();
        }
        assertThat(Text.hasLineBreak("a b\t")).isFalse();
        assertThat(Text.hasLineBreak(null)).isFalse();
    }

    @Test
    void cleanIsAnOptionalLine() {
        assertThat(Text.clean("  x  ")).isEqualTo("x");
        assertThat(Text.clean("\u200B")).isNull();
        assertThat(Text.clean(null)).isNull();
    }
}
