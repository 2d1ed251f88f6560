package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.live.model.Change;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.audit.model.Audited;
import org.lscp.workspace.domain.audit.model.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * A MASH contact: a concern about a child, recorded once by the agency that raised it. Its {@code source} is its
 * Annex A source code, always known; {@code sourceAgency} is the partner agency it came from, null when it came from
 * none (an imported contact from a relative, an acquaintance, the child, another local authority, anonymous or
 * unknown, or from a kind of agency the partnership does not have): an agency is never invented.
 */
public record Contact(@Nullable ContactId id, PartnershipId partnershipId, String reference, Instant receivedAt,
                      @Nullable AgencyId sourceAgency, ContactSource source, String referrer, Channel channel,
                      Child child, Set<ConcernCategory> concerns, boolean disclosure, String summary,
                      ConsentBasis consent, Rag rag, Instant deadline, MemberId submittedBy, @Nullable MemberId assignedTo,
                      @Nullable String assignedToName, boolean decided, Set<RecommendationId> recommendations,
                      long version) implements Audited {

    public Contact {
        concerns = Set.copyOf(concerns);
        recommendations = Set.copyOf(recommendations);
    }

    /** Whether the contact came from one of the partnership's agencies. */
    public boolean fromAgency() {
        return sourceAgency != null;
    }

    public boolean abuseDisclosed() {
        return disclosure && concerns.stream().anyMatch(ConcernCategory::abuse);
    }

    public boolean physicalOrSexualAbuse() {
        return concerns.stream().anyMatch(ConcernCategory::abuse);
    }

    public Contact assignedTo(MemberId member, String name) {
        return new Contact(id, partnershipId, reference, receivedAt, sourceAgency, source, referrer, channel, child,
                concerns, disclosure, summary, consent, rag, deadline, submittedBy, member, name, decided,
                recommendations, version);
    }

    public Contact markedDecided() {
        return new Contact(id, partnershipId, reference, receivedAt, sourceAgency, source, referrer, channel, child,
                concerns, disclosure, summary, consent, rag, deadline, submittedBy, assignedTo, assignedToName, true,
                recommendations, version);
    }

    /** The same contact with the child's case-system id found by the MASH (a confirmed match). */
    public Contact withCaseSystemId(String caseSystemId) {
        Child c = new Child(caseSystemId, child.name(), child.dateOfBirth(), child.gender(), child.ethnicity());
        return new Contact(id, partnershipId, reference, receivedAt, sourceAgency, source, referrer, channel, c,
                concerns, disclosure, summary, consent, rag, deadline, submittedBy, assignedTo, assignedToName, decided,
                recommendations, version);
    }

    public ContactId requireId() {
        if (id == null) throw new IllegalStateException("contact not saved yet");
        return id;
    }

    @Override public String auditType() { return "Contact"; }

    @Override public String subject() { return Change.contact(requireId().value()); }

    @Override public String auditId() { return reference; }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("reference", reference).with("received", receivedAt)
                .with("source agency", sourceAgency).with("source", source.code()).with("referrer", referrer)
                .with("channel", channel.label())
                .with("child", child.identified() ? child.caseSystemId() : "case-system id not known").with("concerns", concerns.stream().map(ConcernCategory::label)
                        .sorted().toList()).with("disclosure", disclosure ? "yes" : "no").with("rag", rag.label())
                .with("deadline", deadline).with("assigned to", assignedToName).with("decided", decided ? "yes" : "no");
    }
}
