package org.lscp.workspace.domain.redaction.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What in some free text could be a child's identifier, to be looked up in the partnership's records: the words
 * (folded: lower case, accents removed, curly apostrophes straight; two letters or more, since every name form the
 * matcher knows has the first name or the surname written in full), the id-like tokens (four to forty characters
 * with a digit, whole and split at "-", "/", "." and "_") and the contact references ({@code C-2026-000123}, upper
 * case).
 */
public record Candidates(Set<String> words, Set<String> ids, Set<String> references) {
    public static final Candidates NONE = new Candidates(Set.of(), Set.of(), Set.of());
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['\u2019\\-][\\p{L}\\p{M}]+)*");
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_./\\-]*[\\p{L}\\p{N}])?");
    static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\p{N}])[Cc]-\\d{4}-\\d{6,}(?![\\p{L}\\p{N}])");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final int ID_MIN = 4;
    private static final int ID_MAX = 40;
    private static final int WORD_MAX = 200;

    public Candidates {
        words = Set.copyOf(words);
        ids = Set.copyOf(ids);
        references = Set.copyOf(references);
    }

    /** The candidates in all the texts together (nulls skipped): one lookup serves them all. */
    public static Candidates in(Collection<? extends @Nullable String> texts) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) continue;
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                String word = fold(w.group());
                if (word.length() >= 2 && word.length() <= WORD_MAX) words.add(word);
                if (word.endsWith("'s") && word.length() >= 4) words.add(word.substring(0, word.length() - 2));
            }
            Matcher id = ID.matcher(text);
            while (id.find()) {
                addId(ids, id.group());
                for (String part : id.group().split("[_./\\-]")) addId(ids, part);
            }
            Matcher r = REFERENCE.matcher(text);
            while (r.find()) references.add(r.group().toUpperCase(Locale.ROOT));
        }
        return new Candidates(words, ids, references);
    }

    public boolean isEmpty() {
        return words.isEmpty() && ids.isEmpty() && references.isEmpty();
    }

    private static void addId(Set<String> ids, String token) {
        if (token.length() >= ID_MIN && token.length() <= ID_MAX && DIGIT.matcher(token).find()) {
            ids.add(token.toUpperCase(Locale.ROOT));
        }
    }

    /** Lower case, accents removed, curly apostrophe made straight: how names are compared. */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word.replace('\u2019', '\''), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
