package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Ofsted Annex A conventions: headings, "a) Male"-style codes, dd/mm/yyyy dates. */
public final class AnnexA {
    public static final List<String> LIST_1 = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)", "Date of Contact", "Contact Source");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private AnnexA() {
    }

    /** "q) 6: Police" → "6: Police"; text without a letter prefix is returned trimmed. */
    static String stripLetter(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() > 2 && s.charAt(1) == ')' ? s.substring(2).strip() : s;
    }

    public static Optional<Gender> gender(String text) {
        String s = stripLetter(text);
        return Arrays.stream(Gender.values()).filter(g -> g.annexA().equalsIgnoreCase(text.strip())
                || stripLetter(g.annexA()).equalsIgnoreCase(s) || g.label().equalsIgnoreCase(s)).findFirst();
    }

    public static Optional<Ethnicity> ethnicity(String text) {
        String s = stripLetter(text).toUpperCase(Locale.ROOT);
        return Arrays.stream(Ethnicity.values()).filter(e -> e.name().equals(s)).findFirst();
    }

    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
