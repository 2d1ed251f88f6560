package org.lscp.workspace.domain.plan.model;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/** A recommendation of an inspection, owned by a lead officer and shared with agencies. */
public record Recommendation(@Nullable RecommendationId id, PartnershipId partnershipId, InspectionId inspectionId,
                             int number, String text, Theme theme, MemberId leadOfficer, Set<AgencyId> sharedWith,
                             List<SuccessMeasure> successMeasures, RecommendationStatus status, long version)
        implements Audited {

    public Recommendation {
        sharedWith = Set.copyOf(sharedWith);
        successMeasures = List.copyOf(successMeasures);
    }

    public static Recommendation create(PartnershipId partnership, SaveRecommendationCommand c) {
        return new Recommendation(null, partnership, c.inspectionId(), c.number(), c.text(), c.theme(),
                c.leadOfficer(), c.sharedWith(), c.successMeasures(), RecommendationStatus.OPEN, 0);
    }

    public Recommendation with(SaveRecommendationCommand c) {
        return new Recommendation(id, partnershipId, c.inspectionId(), c.number(), c.text(), c.theme(),
                c.leadOfficer(), c.sharedWith(), c.successMeasures(), status, version);
    }

    /** Moves along the lifecycle; an invalid step is refused with the steps that are allowed. */
    public Recommendation movedTo(RecommendationStatus target) {
        new Check().that(status.canMoveTo(target), "status", "A recommendation that is " + status.label().toLowerCase()
                + " cannot become " + target.label().toLowerCase() + (status.next().isEmpty() ? "."
                : ". It can become: " + String.join(" or ", status.next().stream()
                        .map(s -> s.label().toLowerCase()).toList()) + ".")).done();
        return new Recommendation(id, partnershipId, inspectionId, number, text, theme, leadOfficer, sharedWith,
                successMeasures, target, version);
    }

    public RecommendationId requireId() {
        if (id == null) throw new IllegalStateException("recommendation not saved yet");
        return id;
    }

    @Override public String auditType() { return "Recommendation"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override public String subject() { return Change.recommendation(requireId().value()); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("number", number).with("text", text).with("theme", theme.label())
                .with("lead officer", leadOfficer).with("shared with", sharedWith.stream().sorted(
                        java.util.Comparator.comparingLong(AgencyId::value)).toList())
                .with("success measures", String.join("; ", successMeasures.stream()
                        .map(m -> m.measure() + " (" + m.ref() + ") " + m.target()
                                + (m.amberWithin() == null ? "" : ", amber within " + Target.number(m.amberWithin())))
                        .toList()))
                .with("status", status.label());
    }
}
