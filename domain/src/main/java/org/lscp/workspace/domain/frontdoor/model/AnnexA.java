package org.lscp.workspace.domain.frontdoor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Ofsted Annex A conventions: headings, "a) Male"-style codes, dd/mm/yyyy dates (or Excel's date serials). */
public final class AnnexA {
    public static final List<String> LIST_1 = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)", "Date of Contact", "Contact Source");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Excel's last day, 31/12/9999. */
    private static final long LAST_SERIAL = 2_958_465;

    private AnnexA() {
    }

    /** "q) 6: Police" → "6: Police"; text without a letter prefix is returned trimmed. */
    static String stripLetter(@Nullable String text) {
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

    /** "a) Yes" / "b) No" as Annex A writes them, or plainly "Yes", "No", "Y", "N". */
    public static Optional<Boolean> yesNo(String text) {
        String s = stripLetter(text).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "yes", "y" -> Optional.of(true);
            case "no", "n" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** "a) Yes", "b) No", "c) Not known" (or "Unknown"). */
    public static Optional<Disability> disability(String text) {
        String s = stripLetter(text).toLowerCase(Locale.ROOT);
        if (s.equals("not known") || s.equals("unknown")) return Optional.of(Disability.NOT_KNOWN);
        return yesNo(text).map(yes -> yes ? Disability.YES : Disability.NO);
    }

    /** Strictly dd/mm/yyyy. */
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

    /**
     * A date as a council's file holds it: dd/mm/yyyy text, or a number, which is how Excel stores a date (days
     * counted from 1900: 45992 is 01/12/2025; a fraction is the time of day). A number outside Excel's dates (0 or
     * less, past 9999) or Excel's phantom 29/02/1900 (60) is not a date.
     */
    public static Optional<LocalDate> day(String text) {
        String s = text.strip();
        return isNumber(s) ? excelDate(new BigDecimal(s)) : date(s);
    }

    /** Whether the cell is a plain number (as a date typed into Excel arrives when the cell has no date format). */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    static Optional<LocalDate> excelDate(BigDecimal serial) {
        if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL + 1)) >= 0) {
            return Optional.empty();
        }
        long days = serial.longValue();
        if (days == 60) return Optional.empty(); // Excel counts 1900 as a leap year; there was no 29/02/1900
        // serials before the phantom day count from 31/12/1899, those after from 30/12/1899
        return Optional.of(LocalDate.of(1899, 12, days < 60 ? 31 : 30).plusDays(days));
    }
}
