package org.lscp.workspace.app.security;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A browser's User-Agent in a member's words ("Chrome on Windows", "Safari on iPhone"), so they can tell their
 * sessions apart; anything not recognised is "Unknown browser" or "unknown system", never the raw header.
 */
final class Devices {
    // The order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"),
            Map.entry("Chrome/", "Chrome"), Map.entry("Chromium/", "Chromium"), Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Android", "Android"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "Mac"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private Devices() {
    }

    static String describe(@Nullable String userAgent) {
        String agent = userAgent == null ? "" : userAgent;
        String browser = first(BROWSERS, agent, "Unknown browser");
        if (agent.contains("HeadlessChrome/")) browser = "Chrome (headless)";
        return browser + " on " + first(SYSTEMS, agent, "unknown system");
    }

    private static String first(List<Map.Entry<String, String>> known, String agent, String otherwise) {
        return known.stream().filter(k -> agent.contains(k.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise);
    }
}
