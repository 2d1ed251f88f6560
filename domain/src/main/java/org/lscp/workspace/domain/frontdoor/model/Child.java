package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The minimum the front door needs about a child: child-identifying, never shown to a board chair. The case-system
 * id (children's social care's number for the child) is null when the member recording the contact does not know
 * it: "not known" is a state, never a value. Disability is recorded by the MASH when it is known (Annex A List 5).
 */
public record Child(@Nullable String caseSystemId, String name, @Nullable LocalDate dateOfBirth, Gender gender,
                    Ethnicity ethnicity, Disability disability) {
    public static final int CASE_SYSTEM_ID_MAX = 40;
    /** What people type when they do not know the id, compared without case, spaces or punctuation. */
    private static final Set<String> PLACEHOLDERS = Set.of("notknown", "unknown", "nk", "na", "notapplicable", "none",
            "nil", "null", "tbc", "tba", "dontknow", "donotknow", "notyetknown", "noid", "unk", "new", "x", "xx", "xxx");

    /**
     * Whether a typed case-system id is really a way of saying it is not known ("not known", "N/A", "-", "?"), and
     * so must be left blank instead.
     */
    public static boolean isPlaceholder(String typed) {
        String bare = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}\u2018\u2019\u2013\u2014]", "");
        return bare.isEmpty() || PLACEHOLDERS.contains(bare);
    }

    /** The same child with the case-system id the MASH found. */
    public Child withCaseSystemId(String id) {
        return new Child(id, name, dateOfBirth, gender, ethnicity, disability);
    }

    public Child withDisability(Disability disability) {
        return new Child(caseSystemId, name, dateOfBirth, gender, ethnicity, disability);
    }

    /** Whether the child's case-system id is known, so their other contacts can be found. */
    public boolean identified() {
        return caseSystemId != null;
    }
}
