package org.lscp.workspace.domain.shared;

/** Small helpers for free text typed by members. */
public final class Text {
    private Text() {
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Text cut to {@code max} characters with an ellipsis, for labels and messages quoting members' text. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }
}
