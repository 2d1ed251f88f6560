package org.lscp.workspace.domain.partnership.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How an agency's name reads to a member: its "skeleton" (after Unicode's confusable-detection idea, UTS #39), so
 * names that look the same compare equal — compatibility forms folded (NFKD), accents dropped, the Cyrillic and Greek
 * letters that look Latin mapped to the Latin ones, case ignored, any run of spaces, dashes or dots one space.
 */
final class AgencyNames {
    /** Letters that look Latin in the fonts members read: Cyrillic and Greek. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('к', 'k'),
            Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ɡ', 'g'), Map.entry('ո', 'n'),
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('η', 'n'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ζ', 'z'), Map.entry('0', 'o'), Map.entry('1', 'l'),
            Map.entry('ı', 'i'), Map.entry('ł', 'l'));

    private AgencyNames() {
    }

    static String skeleton(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (char c : folded.toCharArray()) out.append(LOOK_ALIKES.getOrDefault(c, c));
        String letters = out.toString().replace("rn", "m").replace("vv", "w");
        return letters.replaceAll("[\\s\\p{Pd}.\\u00a0_]+", " ").strip();
    }
}
