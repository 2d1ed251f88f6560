package org.lscp.workspace.persistence.shared;

import java.util.Locale;

/** Builds a "contains" LIKE pattern with the wildcards the member typed escaped (escape character '!'). */
public final class Like {
    private Like() {
    }

    public static String contains(String text) {
        if (text == null) return null;
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
