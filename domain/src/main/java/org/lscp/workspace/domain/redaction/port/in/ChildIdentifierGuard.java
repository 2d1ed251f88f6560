package org.lscp.workspace.domain.redaction.port.in;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The guard every feature's use cases put on free text, keeping children's identifiers out of what a board chair
 * reads (what counts: {@code redaction.model.ChildIdentifiers}). Saving such text is {@linkplain #check checked}; the
 * member removes what was found or keeps it with a reason ({@link ChildIdentifierUseCase#keep}); reading it, a member
 * who may not see children's records gets it {@linkplain #forReader masked} as "[child]".
 */
public interface ChildIdentifierGuard {
    /**
     * Throws {@code IdentifiesChildException} (a {@code ValidationException}, message next to {@code field}) when the
     * text seems to identify a child, unless the actor kept this very text within the last hour. Null or blank
     * text passes.
     */
    void check(Actor actor, String field, @Nullable String text);

    /** As {@link #check(Actor, String, String)} for a form's fields at once (field → text), with one lookup. */
    void check(Actor actor, Map<String, @Nullable String> texts);

    /** The text as the actor may read it: masked unless they may see children's records. */
    @Nullable String forReader(Actor actor, @Nullable String text);

    /** As {@link #forReader(Actor, String)} for many texts (same order, nulls kept) with one lookup for them all. */
    List<@Nullable String> forReader(Actor actor, List<@Nullable String> texts);

    /**
     * The texts masked whoever reads them (for a reader whose right to see children depends on the record, e.g. an
     * escalation's agencies): same order, nulls kept, one lookup.
     */
    List<@Nullable String> masked(PartnershipId partnership, List<@Nullable String> texts);
}
