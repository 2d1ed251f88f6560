package org.lscp.workspace.domain.caseaudit.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * A child's case in an audit: the contact it was drawn from (by a random draw with its seed, or added by the child's
 * id), the agencies in the group that knew the child (each completes a section), the group's grades and the moderator's word; an
 * inadequate case may be re-audited (a new case naming this one) and its findings become improvement actions.
 */
public record AuditCase(@Nullable Long id, PartnershipId partnershipId, long programmeId, int number, ContactId contact,
                        String reference, String childName, Set<AgencyId> agencies, @Nullable Long seed,
                        @Nullable Long reauditOf, @Nullable Grading grading, @Nullable Moderation moderation,
                        List<Long> actions, long version) implements Audited {

    /** The group's grades: each domain and overall, with the rationale. */
    public record Grading(Map<AuditDomain, Grade> domains, Grade overall, String rationale, MemberId by,
                          String byName, Instant at) {
        public Grading {
            domains = Map.copyOf(domains);
        }
    }

    /** The moderator confirms the overall grade or changes it, with a reason. */
    public record Moderation(Grade overall, boolean changed, String reason, MemberId by, String byName, Instant at) {
    }

    public AuditCase {
        agencies = Set.copyOf(agencies);
        actions = List.copyOf(actions);
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("case not saved yet");
        return id;
    }

    /** The grade that stands: the moderator's, else the group's; none before grading. */
    public @Nullable Grade finalGrade() {
        return moderation != null ? moderation.overall() : grading == null ? null : grading.overall();
    }

    public AuditCase graded(Grading g) {
        return new AuditCase(id, partnershipId, programmeId, number, contact, reference, childName, agencies, seed,
                reauditOf, g, null, actions, version);
    }

    public AuditCase moderated(Moderation m) {
        return new AuditCase(id, partnershipId, programmeId, number, contact, reference, childName, agencies, seed,
                reauditOf, grading, m, actions, version);
    }

    public AuditCase withAction(long action) {
        List<Long> all = new java.util.ArrayList<>(actions);
        all.add(action);
        return new AuditCase(id, partnershipId, programmeId, number, contact, reference, childName, agencies, seed,
                reauditOf, grading, moderation, all, version);
    }

    @Override public String auditType() { return "Audited case"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override public String subject() { return "AuditCase:" + id; }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("programme", programmeId).with("case", number).with("contact", reference)
                .with("agencies", agencies.stream().map(AgencyId::value).sorted().toList())
                .with("seed", seed == null ? "" : seed).with("re-audit of", reauditOf == null ? "" : reauditOf)
                .with("grades", grading == null ? "" : grading.domains().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey().label() + " " + e.getValue().label())
                        .toList() + ", overall " + grading.overall().label() + ": " + grading.rationale())
                .with("moderation", moderation == null ? "" : moderation.overall().label()
                        + (moderation.changed() ? " (changed)" : " (confirmed)") + ": " + moderation.reason())
                .with("actions", actions);
    }
}
