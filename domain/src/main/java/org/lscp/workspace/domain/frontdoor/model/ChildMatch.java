package org.lscp.workspace.domain.frontdoor.model;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Another contact that may be about the same child, as a MASH practitioner sees it before confirming or rejecting
 * the match. A match is suggested only between a contact whose child has no case-system id and one whose child has
 * (confirming it gives the first the id, so the child's history and repeat count follow), never across
 * partnerships. {@link #reason(Child, Child)} is the rule.
 */
public record ChildMatch(ContactId contactId, String reference, Instant receivedAt, String childName,
                         @Nullable LocalDate dateOfBirth, @Nullable String caseSystemId, String reason) {

    /**
     * Why two children may be the same, or empty when nothing suggests it: the same name and date of birth; the same
     * date of birth, surname and first initial (a shortened or misspelt first name); or the same name where one
     * has no date of birth. Names are compared without case, accents, punctuation or extra spaces. Only when
     * exactly one of the two has a case-system id: two ids say themselves whether they are the same child.
     */
    public static Optional<String> reason(Child a, Child b) {
        if (a.identified() == b.identified()) return Optional.empty();
        String[] x = words(a.name());
        String[] y = words(b.name());
        if (x.length == 0 || y.length == 0) return Optional.empty();
        boolean sameName = Arrays.equals(x, y);
        if (a.dateOfBirth() != null && b.dateOfBirth() != null) {
            if (!a.dateOfBirth().equals(b.dateOfBirth())) return Optional.empty();
            if (sameName) return Optional.of("Same name and date of birth");
            boolean sameSurname = x[x.length - 1].equals(y[y.length - 1]);
            boolean sameInitial = x[0].charAt(0) == y[0].charAt(0);
            return sameSurname && sameInitial ? Optional.of("Same date of birth, surname and first initial")
                    : Optional.empty();
        }
        return sameName ? Optional.of("Same name; no date of birth on one of them") : Optional.empty();
    }

    /** A name as lower-case words without accents or punctuation: "Zoë  O'Neill" is "zoe", "oneill". */
    static String[] words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }
}
