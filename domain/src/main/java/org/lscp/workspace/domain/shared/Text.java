package org.lscp.workspace.domain.shared;

/** Small helpers for free text typed by members. */
public final class Text {
    private Text() {
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
