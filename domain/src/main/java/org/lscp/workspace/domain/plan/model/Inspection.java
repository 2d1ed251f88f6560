package org.lscp.workspace.domain.plan.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** An inspection or review: the source of recommendations. */
public record Inspection(@Nullable InspectionId id, PartnershipId partnershipId, String inspectorate,
                         InspectionType type, String title, LocalDate startDate, @Nullable LocalDate endDate,
                         @Nullable LocalDate publishedOn, List<AreaJudgement> judgements, String strengths,
                         String areasForImprovement, long version) implements Audited {

    public Inspection {
        judgements = List.copyOf(judgements);
    }

    public static Inspection create(PartnershipId partnership, SaveInspectionCommand c) {
        return new Inspection(null, partnership, c.inspectorate(), c.type(), c.title(), c.startDate(), c.endDate(),
                c.publishedOn(), c.judgements(), c.strengths(), c.areasForImprovement(), 0);
    }

    public Inspection with(SaveInspectionCommand c) {
        return new Inspection(id, partnershipId, c.inspectorate(), c.type(), c.title(), c.startDate(), c.endDate(),
                c.publishedOn(), c.judgements(), c.strengths(), c.areasForImprovement(), version);
    }

    public InspectionId requireId() {
        if (id == null) throw new IllegalStateException("inspection not saved yet");
        return id;
    }

    @Override public String auditType() { return "Inspection"; }

    @Override public String auditId() { return String.valueOf(id); }

    /** "ILACS 2019": the kind and the year it was published (or began), to tell inspections apart. */
    public String shortName() {
        return type.shortLabel() + " " + (publishedOn != null ? publishedOn : startDate).getYear();
    }

    /** A recommendation of this inspection named with its source: "ILACS 2019 · 1". */
    public String cite(int number) {
        return shortName() + " \u00b7 " + number;
    }

    /** An inspection is shown on the plan overview: changes to it show there live. */
    @Override public String subject() { return "plan/inspections/" + id; }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("title", title).with("type", type.label()).with("inspectorate", inspectorate)
                .with("dates", startDate + (endDate == null ? "" : " to " + endDate))
                .with("published", publishedOn)
                .with("judgements", String.join("; ", judgements.stream()
                        .map(j -> j.area() + ": " + j.judgement().label()).toList()))
                .with("strengths", strengths).with("areas for improvement", areasForImprovement);
    }
}
