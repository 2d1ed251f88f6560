package org.lscp.workspace.persistence.shared;

import java.util.Locale;

/** Builds LIKE patterns with the wildcards the member typed escaped (escape character '!': write ESCAPE '!'). */
public final class Like {
    private Like() {
    }

    public static String contains(String text) {
        if (text == null) return null;
        return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** A pattern for what starts with the text. */
    public static String startsWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
