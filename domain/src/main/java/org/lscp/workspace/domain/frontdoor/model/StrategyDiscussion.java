package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.change.Change;

/**
 * A strategy discussion about a contact, convened by the MASH or children's social care after a decision that calls
 * for one: when it was held, the agencies invited and what each recorded, then its outcome and the conference that
 * follows a section 47 enquiry. One read back from Annex A List 5 has no decision ({@code decisionId} null), nor
 * agencies or outcome: the list does not record them.
 */
public record StrategyDiscussion(@Nullable Long id, PartnershipId partnershipId, ContactId contactId,
                                 @Nullable Long decisionId,
                                 Instant heldAt, MemberId convenedBy, String convenedByName, List<Invitation> invited,
                                 @Nullable DiscussionOutcome outcome, @Nullable Conference conference, long version)
        implements Audited {
    public static final String NOT_INVITED = "Your agency was not invited to this strategy discussion.";

    public StrategyDiscussion {
        invited = List.copyOf(invited);
    }

    /** Convened: held at {@code heldAt}, with these agencies invited and nothing recorded yet. */
    public static StrategyDiscussion convened(PartnershipId partnership, ContactId contact, @Nullable Long decisionId,
                                              Instant heldAt, MemberId by, String byName, List<Invitation> invited) {
        return new StrategyDiscussion(null, partnership, contact, decisionId, heldAt, by, byName, invited, null, null,
                0);
    }

    /** As saved: with its id and version. */
    public StrategyDiscussion saved(long id, long version) {
        return new StrategyDiscussion(id, partnershipId, contactId, decisionId, heldAt, convenedBy, convenedByName,
                invited, outcome, conference, version);
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("strategy discussion not saved yet");
        return id;
    }

    public LocalDate heldOn() {
        return LocalDate.ofInstant(heldAt, London.ZONE);
    }

    public boolean invites(AgencyId agency) {
        return invited.stream().anyMatch(i -> i.agency().equals(agency));
    }

    /** Whether an invited agency of this kind recorded that it took part. */
    public boolean tookPart(AgencyKind kind) {
        return invited.stream().anyMatch(i -> i.kind() == kind && !i.absent());
    }

    /** The agency records whether it took part and what it shared; refused for an agency not invited. */
    public StrategyDiscussion withAttendance(AgencyId agency, boolean tookPart, @Nullable String shared, MemberId by,
                                             String byName, Instant at) {
        if (!invites(agency)) throw ValidationException.of("tookPart", NOT_INVITED);
        List<Invitation> next = invited.stream()
                .map(i -> i.agency().equals(agency) ? i.recorded(tookPart, shared, by, byName, at) : i).toList();
        return new StrategyDiscussion(id, partnershipId, contactId, decisionId, heldAt, convenedBy, convenedByName,
                next, outcome, conference, version);
    }

    public StrategyDiscussion withOutcome(DiscussionOutcome outcome) {
        return new StrategyDiscussion(id, partnershipId, contactId, decisionId, heldAt, convenedBy, convenedByName,
                invited, outcome, conference, version);
    }

    public StrategyDiscussion withConference(Conference conference) {
        return new StrategyDiscussion(id, partnershipId, contactId, decisionId, heldAt, convenedBy, convenedByName,
                invited, outcome, conference, version);
    }

    @Override public String auditType() { return "Strategy discussion"; }

    @Override public String auditId() { return String.valueOf(id); }

    /** Shown on its contact's page. */
    @Override public String subject() { return Change.contact(contactId.value()); }

    @Override
    public Snapshot snapshot() {
        Snapshot s = Snapshot.of().with("contact", contactId).with("held", London.format(heldAt))
                .with("invited", String.join(", ", invited.stream().map(i -> i.agencyName() + (i.tookPart() == null
                        ? "" : i.tookPart() ? " (took part)" : " (did not take part)")).toList()));
        if (outcome != null) {
            s = s.with("section 47", outcome.enquiry().label()).with("why none", outcome.noEnquiryReason())
                    .with("immediate safety action", outcome.immediateSafetyAction())
                    .with("rationale", outcome.rationale())
                    .with("medical", outcome.medicalNeeded() ? "needed, " + outcome.medicalArrangedFor()
                            : "not needed: " + outcome.noMedicalReason());
        }
        if (conference != null) {
            s = s.with("conference", conference.deemedUnnecessary() ? "deemed unnecessary: "
                            + conference.unnecessaryReason() : String.valueOf(conference.date()))
                    .with("plan", conference.resultedInPlan() == null ? null : conference.resultedInPlan() ? "yes" : "no");
        }
        return s;
    }

    /** Whether a section 47 enquiry started, so a conference is due unless deemed unnecessary. */
    public boolean enquiryStarted() {
        return outcome != null && outcome.enquiry().startsAnEnquiry();
    }
}
