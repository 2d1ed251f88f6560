package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.shared.change.Change;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * A MASH contact: a concern about a child, recorded once by the agency that raised it — how it arrived
 * ({@link Receipt}), about whom ({@link Child}), what about ({@link Concern}), by when a decision is due, who has taken
 * it ({@link Assignment}, none until a MASH member does) and whether it is decided.
 */
public record Contact(@Nullable ContactId id, PartnershipId partnershipId, String reference, Receipt receipt, Child child,
                      Concern concern, Instant deadline, @Nullable Assignment assignment,
                      @Nullable Allocation allocation, boolean decided,
                      Set<RecommendationId> recommendations, long version) implements Audited {

    public Contact {
        recommendations = Set.copyOf(recommendations);
    }

    /** A contact just received: not yet saved, taken or decided. */
    public static Contact received(PartnershipId partnership, Receipt receipt, Child child, Concern concern,
                                   Instant deadline, Set<RecommendationId> recommendations) {
        return new Contact(null, partnership, "", receipt, child, concern, deadline, null, null, false, recommendations, 0);
    }

    public Instant receivedAt() {
        return receipt.at();
    }

    public @Nullable AgencyId sourceAgency() {
        return receipt.sourceAgency();
    }

    public ContactSource source() {
        return receipt.source();
    }

    public String referrer() {
        return receipt.referrer();
    }

    public Channel channel() {
        return receipt.channel();
    }

    public MemberId submittedBy() {
        return receipt.submittedBy();
    }

    public Set<ConcernCategory> concerns() {
        return concern.categories();
    }

    public boolean disclosure() {
        return concern.disclosure();
    }

    public String summary() {
        return concern.summary();
    }

    public ConsentBasis consent() {
        return concern.consent();
    }

    public Rag rag() {
        return concern.rag();
    }

    public @Nullable MemberId assignedTo() {
        return assignment == null ? null : assignment.member();
    }

    public @Nullable String assignedToName() {
        return assignment == null ? null : assignment.name();
    }

    /** Whether the contact came from one of the partnership's agencies. */
    public boolean fromAgency() {
        return receipt.sourceAgency() != null;
    }

    public boolean abuseDisclosed() {
        return concern.abuseDisclosed();
    }

    public boolean physicalOrSexualAbuse() {
        return concern.abuse();
    }

    public Contact assignedTo(MemberId member, String name) {
        return new Contact(id, partnershipId, reference, receipt, child, concern, deadline,
                new Assignment(member, name), allocation, decided, recommendations, version);
    }

    /** The same contact with whether its child has a disability, recorded by the MASH. */
    public Contact withDisability(Disability disability) {
        return new Contact(id, partnershipId, reference, receipt, child.withDisability(disability), concern, deadline,
                assignment, allocation, decided, recommendations, version);
    }

    /** The same contact with the team and worker its child's case is allocated to, recorded by the MASH. */
    public Contact allocatedTo(Allocation allocation) {
        return new Contact(id, partnershipId, reference, receipt, child, concern, deadline, assignment, allocation,
                decided, recommendations, version);
    }

    public Contact markedDecided() {
        return new Contact(id, partnershipId, reference, receipt, child, concern, deadline, assignment, allocation, true,
                recommendations, version);
    }

    /** The same contact with the child's case-system id found by the MASH (a confirmed match). */
    public Contact withCaseSystemId(String caseSystemId) {
        return new Contact(id, partnershipId, reference, receipt, child.withCaseSystemId(caseSystemId), concern,
                deadline, assignment, allocation, decided, recommendations, version);
    }

    /** The same contact as saved: its id, reference and version. */
    public Contact saved(ContactId savedId, String savedReference, long savedVersion) {
        return new Contact(savedId, partnershipId, savedReference, receipt, child, concern, deadline, assignment, allocation,
                decided, recommendations, savedVersion);
    }

    /** The same contact recorded against these recommendations. */
    public Contact withRecommendations(Set<RecommendationId> linked) {
        return new Contact(id, partnershipId, reference, receipt, child, concern, deadline, assignment, allocation, decided,
                linked, version);
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
        return Snapshot.of().with("reference", reference).with("received", receipt.at())
                .with("source agency", receipt.sourceAgency()).with("source", receipt.source().code())
                .with("referrer", receipt.referrer()).with("channel", receipt.channel().label())
                .with("child", child.identified() ? child.caseSystemId() : "case-system id not known")
                .with("concerns", concern.categories().stream().map(ConcernCategory::label).sorted().toList())
                .with("disability", child.disability().label())
                .with("allocated", allocation == null ? null : allocation.team() + ", " + allocation.worker())
                .with("disclosure", concern.disclosure() ? "yes" : "no").with("rag", concern.rag().label())
                .with("deadline", deadline).with("assigned to", assignedToName())
                .with("decided", decided ? "yes" : "no");
    }
}
