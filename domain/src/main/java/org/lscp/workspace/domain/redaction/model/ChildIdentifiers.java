package org.lscp.workspace.domain.redaction.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;

/**
 * What in free text identifies a child, given the children the partnership's records hold that could be meant
 * ({@link KnownChildren}, looked up for the text's {@link Candidates}). Exactly this counts:
 * <ol>
 *   <li><b>A child's name</b> as recorded ({@code contact.child_name}, one full-name column). Names are split at
 *   spaces; a hyphenated name ("Mary-Jane", "Smith-Jones") is one word and only matches whole; a trailing full stop
 *   is not part of a word (the records hold names like "Aisha S."). The <i>first name</i> is the first word, the
 *   <i>surname</i> the last. Words are compared in any case with accents ignored ("Zoe O Suilleabhain" is
 *   "Zoë Ó Súilleabháin"), "’" as "'", and a possessive "'s" is left outside the match. Matched are:
 *   <ul>
 *     <li>the full name: all its words in order, separated by any white space (and the full stop of an initial);</li>
 *     <li>the first name and the surname, leaving out middle names ("Zoë Súilleabháin");</li>
 *     <li>the first name and the surname's initial, capital, with or without a full stop ("Aisha S." / "Aisha S");</li>
 *     <li>the first name's initial, capital, with or without a full stop, and the surname ("A. Sharma" /
 *     "A Sharma"), when the surname is more than an initial;</li>
 *     <li>the first name alone when written with a capital, not followed (after white space) by another capitalised
 *     word than the child's surname — so a colleague "Helen Brooks" is not the child "Helen Sharma" — and not one
 *     of the {@linkplain #COMMON_WORDS common English words} that are also names ("Will", "Grace", "May" …), so
 *     "we will review" and "Will the panel …" are not matched while "Will Smith" and "Will S." are.</li>
 *   </ul>
 *   A surname alone is never matched: it names a family, not a child, and matching it would mask colleagues.</li>
 *   <li><b>Dates of birth.</b> A date written after a cue — "DOB", "D.O.B.", "d.o.b", "dob:", "date of birth",
 *   "born" (optionally "on") — always, in any of the forms 24/01/2022, 24/1/22, 24-01-2022, 24.01.2022, 2022-01-24,
 *   24 January 2022, 24 Jan 2022, 24th Jan 2022 (a two-digit year is 20yy); and any date in those forms equal to the
 *   date of birth of a child whose name is matched in the same text. Other dates (a meeting's) are not.</li>
 *   <li><b>Case-system ids</b> of children in the records ({@code contact.child_case_id},
 *   {@code escalation.child_case_id}), as whole tokens (no letter or digit either side), in any case, anywhere in a
 *   sentence. Only ids of four characters or more with a digit are looked up.</li>
 *   <li><b>Contact references</b> ({@code C-2026-000123}) of contacts that exist in the partnership: every contact
 *   has a child.</li>
 * </ol>
 * Overlapping matches are merged into one. {@link #mask} replaces each match with {@value #MASK}.
 */
public final class ChildIdentifiers {
    public static final String MASK = "[child]";
    /**
     * First names that are also common English words (or placeholders recorded instead of a name): never matched
     * alone, because they start sentences and headings. Folded (lower case, no accents).
     */
    public static final Set<String> COMMON_WORDS = Set.of("will", "hope", "grace", "joy", "may", "june", "april",
            "august", "summer", "autumn", "winter", "faith", "rose", "mark", "jack", "frank", "amber", "ruby", "holly",
            "dawn", "bill", "pat", "sunny", "river", "sky", "chase", "miles", "drew", "rich", "ray", "sandy", "guy",
            "art", "don", "sue", "rob", "robin", "penny", "dean", "hunter", "mason", "star", "storm", "angel", "ivy",
            "daisy", "poppy", "lily", "iris", "heather", "jade", "hazel", "violet", "brook", "glen", "dale", "wade",
            "unborn", "baby", "unknown", "child", "infant", "not", "no");

    private static final Pattern GAP = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INITIAL_GAP = Pattern.compile("\\.?[\\s\\p{Z}]*");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})"
                    + "|(?<nd>\\d{1,2})[/.\\-](?<nm>\\d{1,2})[/.\\-](?<ny>\\d{4}|\\d{2})"
                    + "|(?<td>\\d{1,2})(?:st|nd|rd|th)?[\\s\\p{Z}]+(?<tm>" + MONTHS + ")\\.?,?[\\s\\p{Z}]+"
                    + "(?<ty>\\d{4}|\\d{2}))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:d\\.?[\\s\\p{Z}]?o\\.?[\\s\\p{Z}]?b\\.?|date[\\s\\p{Z}]+of[\\s\\p{Z}]+birth|born)"
                    + "(?![\\p{L}\\p{N}])[\\s\\p{Z}]*(?:[:\\-\u2013][\\s\\p{Z}]*)?(?:on[\\s\\p{Z}]+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ChildIdentifiers() {
    }

    /**
     * Who reads children's identifiers unmasked: practitioners of the partner agencies and the MASH, never a board
     * chair (the front door's rule for children's records, {@code ContactAccess.seesChildData}, is this one).
     */
    public static boolean seesChildren(Actor actor) {
        return !actor.has(Role.BOARD_CHAIR)
                && actor.hasAny(Role.PRACTITIONER, Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
    }

    /** The matches in the text, merged where they overlap, in order. */
    public static List<Identifier> find(@Nullable String text, KnownChildren known) {
        if (text == null || text.isEmpty()) return List.of();
        List<int[]> spans = new ArrayList<>();
        Set<KnownChild> named = names(text, known.children(), spans);
        dates(text, named, spans);
        caseIds(text, known.caseIds(), spans);
        references(text, known.references(), spans);
        return merged(text, spans);
    }

    /** The text with each match replaced by {@value #MASK}. */
    public static String mask(String text, List<Identifier> found) {
        if (found.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Identifier i : found) {
            out.append(text, at, i.start()).append(MASK);
            at = i.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The text with what identifies a child masked (null stays null). */
    public static @Nullable String masked(@Nullable String text, KnownChildren known) {
        return text == null ? null : mask(text, find(text, known));
    }

    // ------------------------------------------------------------------------------------------------------ names

    private record Token(int start, int end, int stemEnd, String raw, String fold, String stem) {
        boolean capitalised() {
            return Character.isUpperCase(raw.codePointAt(0));
        }

        boolean initial() {
            return raw.codePointCount(0, raw.length()) == 1 && capitalised();
        }

        boolean is(String word) {
            return fold.equals(word) || stem.equals(word);
        }
    }

    private record Name(KnownChild child, List<String> words) {
        String first() { return words.getFirst(); }

        String last() { return words.getLast(); }

        boolean hasSurname() { return words.size() >= 2; }

        boolean surnameIsInitial() { return last().codePointCount(0, last().length()) == 1; }
    }

    private static Set<KnownChild> names(String text, List<KnownChild> children, List<int[]> spans) {
        Set<KnownChild> named = new LinkedHashSet<>();
        if (children.isEmpty()) return named;
        Map<String, List<Name>> byFirst = new HashMap<>();
        Map<String, List<Name>> byLast = new HashMap<>();
        for (KnownChild child : children) {
            List<String> words = new ArrayList<>();
            for (String w : child.name().strip().split("[\\s\\p{Z}]+")) {
                String word = Candidates.fold(w.replaceAll("^[^\\p{L}\\p{M}]+|[^\\p{L}\\p{M}]+$", ""));
                if (!word.isEmpty()) words.add(word);
            }
            if (words.isEmpty()) continue;
            Name name = new Name(child, words);
            byFirst.computeIfAbsent(name.first(), k -> new ArrayList<>()).add(name);
            if (name.hasSurname() && !name.surnameIsInitial()) {
                byLast.computeIfAbsent(name.last(), k -> new ArrayList<>()).add(name);
            }
        }
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (Name name : candidates(byFirst, t)) {
                int end = nameFrom(text, tokens, i, name);
                if (end > 0) {
                    spans.add(new int[] {t.start(), end});
                    named.add(name.child());
                }
            }
            if (i > 0) {
                Token before = tokens.get(i - 1);
                for (Name name : candidates(byLast, t)) {
                    if (before.initial() && before.fold().equals(initialOf(name.first()))
                            && INITIAL_GAP.matcher(text.substring(before.end(), t.start())).matches()
                            && before.end() < t.start()) {
                        spans.add(new int[] {before.start(), t.fold().equals(name.last()) ? t.end() : t.stemEnd()});
                        named.add(name.child());
                    }
                }
            }
        }
        return named;
    }

    private static List<Name> candidates(Map<String, List<Name>> index, Token t) {
        List<Name> found = new ArrayList<>(index.getOrDefault(t.fold(), List.of()));
        if (!t.stem().equals(t.fold())) found.addAll(index.getOrDefault(t.stem(), List.of()));
        return found;
    }

    /** Where a name starting at token {@code i} (its first name) ends, or -1 when it is no match for the child. */
    private static int nameFrom(String text, List<Token> tokens, int i, Name name) {
        Token first = tokens.get(i);
        @Nullable Token next = i + 1 < tokens.size() && joined(text, first, tokens.get(i + 1), false)
                ? tokens.get(i + 1) : null;
        if (name.hasSurname()) {
            int full = fullName(text, tokens, i, name);
            if (full > 0) return full;
            if (next != null && !name.surnameIsInitial() && name.words().size() > 2 && next.is(name.last())) {
                return endOf(next, name.last());
            }
            if (next != null && next.initial() && next.fold().equals(initialOf(name.last()))) {
                return withFullStop(text, next.end());
            }
        }
        boolean alone = first.capitalised() && !COMMON_WORDS.contains(name.first())
                && (next == null || !next.capitalised()
                || (name.hasSurname() && next.is(name.last())));
        return alone ? endOf(first, name.first()) : -1;
    }

    private static int fullName(String text, List<Token> tokens, int i, Name name) {
        List<String> words = name.words();
        if (i + words.size() > tokens.size()) return -1;
        for (int w = 0; w < words.size(); w++) {
            Token t = tokens.get(i + w);
            boolean last = w == words.size() - 1;
            if (!(last ? t.is(words.get(w)) : t.fold().equals(words.get(w)))) return -1;
            if (w > 0 && !joined(text, tokens.get(i + w - 1), t, words.get(w - 1).length() == 1)) return -1;
        }
        Token end = tokens.get(i + words.size() - 1);
        return name.surnameIsInitial() ? withFullStop(text, end.end()) : endOf(end, name.last());
    }

    /** Whether two tokens are next to each other in a name: only white space between (or an initial's full stop). */
    private static boolean joined(String text, Token a, Token b, boolean afterInitial) {
        String gap = text.substring(a.end(), b.start());
        return GAP.matcher(gap).matches() || (afterInitial && INITIAL_GAP.matcher(gap).matches() && !gap.isEmpty());
    }

    private static int endOf(Token t, String word) {
        return t.fold().equals(word) ? t.end() : t.stemEnd();
    }

    private static int withFullStop(String text, int end) {
        return end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
    }

    private static String initialOf(String word) {
        return word.substring(0, word.offsetByCodePoints(0, 1));
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Candidates.WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String fold = Candidates.fold(raw);
            boolean possessive = fold.endsWith("'s") && fold.length() > 2;
            tokens.add(new Token(m.start(), m.end(), possessive ? m.end() - 2 : m.end(), raw, fold,
                    possessive ? fold.substring(0, fold.length() - 2) : fold));
        }
        return tokens;
    }

    // ------------------------------------------------------------------------------------------------------ dates

    private static void dates(String text, Set<KnownChild> named, List<int[]> spans) {
        Set<LocalDate> births = new LinkedHashSet<>();
        for (KnownChild c : named) if (c.dateOfBirth() != null) births.add(c.dateOfBirth());
        Matcher cue = CUE.matcher(text);
        Matcher date = DATE.matcher(text);
        while (cue.find()) {
            date.region(cue.end(), text.length());
            if (date.lookingAt()) spans.add(new int[] {date.start(), date.end()});
        }
        if (births.isEmpty()) return;
        date.reset();
        while (date.find()) {
            for (LocalDate day : parse(date)) {
                if (births.contains(day)) {
                    spans.add(new int[] {date.start(), date.end()});
                    break;
                }
            }
        }
    }

    /** The days a written date can mean (a two-digit year as 20yy or 19yy); none when it is no real date. */
    private static List<LocalDate> parse(Matcher m) {
        try {
            if (m.group("iy") != null) {
                return List.of(LocalDate.of(num(m, "iy"), num(m, "im"), num(m, "id")));
            }
            String year = m.group("ny") != null ? m.group("ny") : m.group("ty");
            int day = m.group("nd") != null ? num(m, "nd") : num(m, "td");
            int month = m.group("nm") != null ? num(m, "nm") : month(m.group("tm"));
            int y = Integer.parseInt(year);
            if (year.length() == 4) return List.of(LocalDate.of(y, month, day));
            return List.of(LocalDate.of(2000 + y, month, day), LocalDate.of(1900 + y, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return List.of();
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) if (n.startsWith(months[i])) return i + 1;
        throw new NumberFormatException(name);
    }

    // ---------------------------------------------------------------------------------------- ids and references

    private static void caseIds(String text, Set<String> ids, List<int[]> spans) {
        for (String id : ids) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
        }
    }

    private static void references(String text, Set<String> references, List<int[]> spans) {
        if (references.isEmpty()) return;
        Matcher m = Candidates.REFERENCE.matcher(text);
        while (m.find()) {
            if (references.contains(m.group().toUpperCase(Locale.ROOT))) spans.add(new int[] {m.start(), m.end()});
        }
    }

    private static List<Identifier> merged(String text, List<int[]> spans) {
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<Identifier> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] s : spans) {
            if (start >= 0 && s[0] < end) {
                end = Math.max(end, s[1]);
                continue;
            }
            if (start >= 0) merged.add(new Identifier(start, end, text.substring(start, end)));
            start = s[0];
            end = s[1];
        }
        if (start >= 0) merged.add(new Identifier(start, end, text.substring(start, end)));
        return merged;
    }
}
