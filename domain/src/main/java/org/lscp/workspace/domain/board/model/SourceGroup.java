package org.lscp.workspace.domain.board.model;

import java.util.Comparator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * Where a group of contacts came from, for the board's figures "by source": a partner agency, or, for contacts from
 * no partner agency, their Annex A source ("1B Acquaintance"). Exactly one of the two is set; contacts are never
 * counted under an agency they did not come from.
 */
public record SourceGroup(@Nullable AgencyId agency, @Nullable ContactSource source) {
    /** Agencies first (by id), then the sources without an agency in code order. */
    public static final Comparator<SourceGroup> ORDER = Comparator
            .comparing((SourceGroup g) -> g.agency() == null)
            .thenComparingLong(g -> g.agency() == null ? 0 : g.agency().value())
            .thenComparingInt(g -> g.source() == null ? -1 : g.source().ordinal());

    public SourceGroup {
        if ((agency == null) == (source == null)) {
            throw new IllegalArgumentException("a source group is an agency or a source without one, not both");
        }
    }

    public static SourceGroup of(AgencyId agency) {
        return new SourceGroup(agency, null);
    }

    public static SourceGroup of(ContactSource source) {
        return new SourceGroup(null, source);
    }

    /** The group for a contact: its agency when it has one, otherwise its source. */
    public static SourceGroup of(@Nullable AgencyId agency, ContactSource source) {
        return agency == null ? of(source) : of(agency);
    }

    /** The agency's name, or the source as "1B Acquaintance". */
    public String label(Map<AgencyId, String> agencyNames) {
        return agency != null ? agencyNames.getOrDefault(agency, "?") : source.display();
    }
}
