package org.lscp.workspace.domain.frontdoor.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactKey;
import org.lscp.workspace.domain.frontdoor.model.NotSameChild;
import org.lscp.workspace.domain.frontdoor.model.OversightRow;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Contacts, always scoped to a partnership. */
public interface ContactRepository {
    /**
     * Inserts a new contact under the next reference C-yyyy-nnnnnn of its partnership and year: gap-free and unique
     * even under concurrent submissions (the counter is locked until the transaction ends).
     */
    Contact insert(Contact contact, int year);

    /**
     * Inserts many contacts (a backfill) with references allocated as one block per year, in the caller's
     * transaction. The default inserts one by one; adapters batch.
     */
    default int insertAll(List<Contact> batch) {
        for (Contact c : batch) {
            insert(c, java.time.LocalDate.ofInstant(c.receivedAt(), org.lscp.workspace.domain.shared.London.ZONE).getYear());
        }
        return batch.size();
    }

    /** Updates; a stale version is a ConcurrentChangeException. */
    Contact save(Contact contact);

    Optional<Contact> find(PartnershipId partnership, ContactId id);

    /**
     * The queue, most urgent first at {@code now} ({@link QueueRow#mostUrgentFirst}). {@code onlyAgency} limits it to
     * contacts that agency submitted or was asked to check (a practitioner's view); null means every contact of the
     * partnership.
     */
    List<QueueRow> queue(PartnershipId partnership, ContactFilter filter, @Nullable AgencyId onlyAgency,
                         java.time.Instant now, PageRequest page);

    long count(PartnershipId partnership, ContactFilter filter, @Nullable AgencyId onlyAgency);

    /** All contacts about one child (by case-system id, never null: a contact without one is about no known child). */
    List<Contact> forChild(PartnershipId partnership, String caseSystemId);

    /** Contacts about the child (by case-system id, never null) received in [from, to]. */
    long countForChild(PartnershipId partnership, String caseSystemId, Instant from, Instant to);

    /**
     * Which of these keys (child, London day received, source) the partnership already has a contact under, with
     * that contact's reference (any one, where there are several). The child's id is matched as the database
     * compares text (ignoring case). Adapters answer from the child index, a bounded number of queries per call.
     */
    Map<ContactKey, ContactKey.Recorded> recorded(PartnershipId partnership, Collection<ContactKey> keys);

    /**
     * For the flag sweep, each without its flag yet (one the rules cleared does not count): undecided contacts whose
     * deadline has passed, decided ones awaiting oversight, those decided over a day ago at a level calling for a
     * strategy discussion with none held, and section 47 enquiries over 15 days after their (latest) discussion with no
     * conference set or deemed unnecessary while the decision still calls for one. Up to {@code limit} of each kind,
     * the oldest of each first, so candidates of one kind never crowd out another.
     */
    List<Contact> needingTimeChecks(PartnershipId partnership, Instant now, int limit);

    /** Undecided contacts whose deadline is after {@code from} and no later than {@code to}, soonest first. */
    List<Contact> undecidedDueBetween(PartnershipId partnership, Instant from, Instant to, int limit);

    /** Current decisions not yet overseen, on the partnership's contacts, the oldest decision first. */
    List<OversightRow> awaitingOversight(PartnershipId partnership, PageRequest page);

    long countAwaitingOversight(PartnershipId partnership);

    /**
     * The partnership's other contacts that may be about a child born that day or (without a date) so named, for the
     * {@link org.lscp.workspace.domain.frontdoor.model.ChildMatch} rule to judge; at most {@code limit}, newest first.
     */
    List<Contact> possiblySameChild(PartnershipId partnership, @Nullable LocalDate dateOfBirth, String name,
                                    ContactId except, int limit);

    /** Records the child's case-system id on the contact, if it is still at {@code contact.version()}. */
    Contact identifyChild(Contact contact, String caseSystemId);

    /** Keeps a judgement that two contacts are not about the same child. */
    void notSameChild(NotSameChild judgement);

    /** The contacts judged not to be about the same child as this one. */
    java.util.Set<ContactId> notSameChildAs(ContactId contact);
}
