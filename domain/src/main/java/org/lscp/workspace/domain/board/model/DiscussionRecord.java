package org.lscp.workspace.domain.board.model;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.SectionFortySeven;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * One contact behind the measures after the front door, pseudonymised like {@link DecisionRecord}: its reference, never
 * the child. {@code heldAt} is null while no strategy discussion is recorded; {@code discussionLate} and {@code
 * conferenceLate} are what the flag rules found; {@code enquiry} is null until the outcome is recorded, {@code
 * conferenceUnnecessary} and {@code conferenceDate} until the conference is, {@code resultedInPlan} until it is known.
 */
public record DiscussionRecord(ContactId contact, String reference, @Nullable AgencyId sourceAgency,
                               ContactSource source, Instant decidedAt, @Nullable Instant heldAt,
                               boolean discussionLate, boolean police, boolean health,
                               @Nullable SectionFortySeven enquiry, @Nullable Boolean conferenceUnnecessary,
                               @Nullable LocalDate conferenceDate, boolean conferenceLate,
                               @Nullable Boolean resultedInPlan) {
}
