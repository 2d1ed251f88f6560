package org.lscp.workspace.domain.redaction.model;

import java.util.List;
import java.util.Set;

/**
 * What the partnership's records hold of the {@link Candidates}: the children whose first or last name is among
 * the words, the children's case-system ids among the id-like tokens (upper case), and the contact references that
 * exist (every contact has a child).
 */
public record KnownChildren(List<KnownChild> children, Set<String> caseIds, Set<String> references) {
    public static final KnownChildren NONE = new KnownChildren(List.of(), Set.of(), Set.of());

    public KnownChildren {
        children = List.copyOf(children);
        caseIds = Set.copyOf(caseIds);
        references = Set.copyOf(references);
    }
}
