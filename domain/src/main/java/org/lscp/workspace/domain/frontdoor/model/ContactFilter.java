package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;

/**
 * Queue filters; all optional. Received dates are inclusive London days. Open means not yet decided. {@code search}
 * finds a contact by its reference (whole, or its number such as "139"), the child's case-system id, or the child's
 * name: each word searched starts a word of the name ("jo sto" finds Jo Stone, "stone" finds Amy Stone-Hill); it is
 * stored trimmed, empty as null. {@code sort}: most urgent first unless a column is sorted.
 */
public record ContactFilter(@Nullable Rag rag, @Nullable AgencyId sourceAgency, @Nullable Boolean open,
                           @Nullable FlagType flag, @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo,
                           @Nullable String search, QueueSort sort) {
    public static final ContactFilter OPEN = new ContactFilter(null, null, true, null, null, null);
    public static final int SEARCH_MAX = 80;

    public ContactFilter {
        sort = sort == null ? QueueSort.MOST_URGENT : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        new Check().that(receivedFrom == null || receivedTo == null || !receivedTo.isBefore(receivedFrom), "receivedTo",
                        "The end date must be on or after the start date.")
                .that(search == null || search.length() <= SEARCH_MAX, "search",
                        "Search with " + SEARCH_MAX + " characters or fewer.")
                .done();
    }

    public ContactFilter(@Nullable Rag rag, @Nullable AgencyId sourceAgency, @Nullable Boolean open,
                         @Nullable FlagType flag, @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo,
                         @Nullable String search) {
        this(rag, sourceAgency, open, flag, receivedFrom, receivedTo, search, QueueSort.MOST_URGENT);
    }

    public ContactFilter(@Nullable Rag rag, @Nullable AgencyId sourceAgency, @Nullable Boolean open,
                         @Nullable FlagType flag, @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo) {
        this(rag, sourceAgency, open, flag, receivedFrom, receivedTo, null);
    }

    public ContactFilter sortedBy(QueueSort other) {
        return new ContactFilter(rag, sourceAgency, open, flag, receivedFrom, receivedTo, search, other);
    }

    /** Whether a contact with this reference, child's case-system id and child's name is found by the search. */
    public boolean found(String reference, @Nullable String childCaseId, String childName) {
        if (search == null) return true;
        String s = search.toLowerCase(Locale.ROOT);
        if (reference.toLowerCase(Locale.ROOT).endsWith(s) || search.equalsIgnoreCase(childCaseId)) return true;
        List<String> wanted = nameWords();
        List<String> name = words(childName);
        return !wanted.isEmpty() && wanted.stream().allMatch(w -> name.stream().anyMatch(n -> n.startsWith(w)));
    }

    /** The words of the search, lower case, as the child's name is searched: letters and digits, split at the rest. */
    public List<String> nameWords() {
        return search == null ? List.of() : words(search);
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
}
