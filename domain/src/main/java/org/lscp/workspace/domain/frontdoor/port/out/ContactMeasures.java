package org.lscp.workspace.domain.frontdoor.port.out;

import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * What the board counts of the front door's records, kept up to date by the use cases that change them: a contact
 * recorded, a decision made or overseen, a flag the board counts raised or cleared ({@code FlagType.countedByTheBoard}).
 * The database adapter keeps per-day totals so that the board's figures are sums, not scans of every contact.
 */
public interface ContactMeasures {
    /** The contact, its decisions or the flags the board counts changed: count it as its records say now. */
    void changed(ContactId contact);

    /** Counts every contact of the partnership afresh (after records were loaded in bulk, as the demo does). */
    void recount(PartnershipId partnership);
}
