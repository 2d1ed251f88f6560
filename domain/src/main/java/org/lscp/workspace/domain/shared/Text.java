package org.lscp.workspace.domain.shared;

import org.jspecify.annotations.Nullable;

/**
 * Free text typed by members, normalised once, the same way for every form. What cannot be seen does not count:
 * format characters (zero-width space U+200B, the joiners U+200C and U+200D, word joiner U+2060, byte order mark
 * U+FEFF and every other Unicode "Cf" character), control characters and the Hangul fillers are removed, and every
 * kind of space (no-break, ideographic, tab) becomes a plain space. A joiner between two visible characters is kept:
 * it is part of how some names are spelt (Persian, Indic scripts) and of some emoji. Line breaks of every kind become
 * "\n" in a {@linkplain #block block}; a {@linkplain #line line} has none (see {@link Check#text}).
 */
public final class Text {
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private Text() {
    }

    /** Trimmed text, or null when nothing visible is left (for optional single-line fields and filters). */
    public static @Nullable String clean(@Nullable String value) {
        return line(value);
    }

    /** One line: normalised, line breaks as spaces, trimmed; null when nothing visible is left. */
    public static @Nullable String line(@Nullable String value) {
        return normalise(value, false);
    }

    /** Several lines (a summary, a rationale): normalised with "\n" between lines, trimmed; null when empty. */
    public static @Nullable String block(@Nullable String value) {
        return normalise(value, true);
    }

    /** Whether the text breaks a line anywhere (CR, LF, NEL, line or paragraph separator). */
    public static boolean hasLineBreak(@Nullable String value) {
        return value != null && value.codePoints().anyMatch(Text::isLineBreak);
    }

    /** Text cut to {@code max} characters with an ellipsis, for labels and messages quoting members' text. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }

    private static @Nullable String normalise(@Nullable String value, boolean lines) {
        if (value == null) return null;
        int[] cps = value.codePoints().toArray();
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') continue; // CR LF is one break
            if (isLineBreak(cp)) {
                out.append(lines ? '\n' : ' ');
            } else if (cp == '\t' || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if ((cp == ZWNJ || cp == ZWJ) && visible(cps, i - 1, -1) && visible(cps, i + 1, 1)) {
                out.appendCodePoint(cp);
            } else if (!invisible(cp)) {
                out.appendCodePoint(cp);
            }
        }
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Whether the nearest character in direction {@code step} that is not a joiner is a visible, non-space one. */
    private static boolean visible(int[] cps, int from, int step) {
        for (int i = from; i >= 0 && i < cps.length; i += step) {
            int cp = cps[i];
            if (cp == ZWNJ || cp == ZWJ) continue;
            return !invisible(cp) && !isLineBreak(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
        }
        return false;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }
}
