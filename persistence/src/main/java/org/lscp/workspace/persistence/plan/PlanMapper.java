package org.lscp.workspace.persistence.plan;

import java.util.Set;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.AreaJudgement;
import org.lscp.workspace.domain.plan.model.EvidenceFile;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.Judgement;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.EvidenceId;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/** Maps the plan's JPA entities to domain records and back; entities never leave this package. */
final class PlanMapper {
    private PlanMapper() {
    }

    static Inspection toDomain(InspectionJpaEntity e) {
        return new Inspection(new InspectionId(e.id), new PartnershipId(e.partnershipId), e.inspectorate,
                InspectionType.valueOf(e.type), e.title, e.startDate, e.endDate, e.publishedOn,
                e.judgements.stream().map(j -> new AreaJudgement(j.area, Judgement.valueOf(j.judgement))).toList(),
                e.strengths, e.areasForImprovement, e.version);
    }

    static void copy(Inspection from, InspectionJpaEntity to) {
        to.partnershipId = from.partnershipId().value();
        to.inspectorate = from.inspectorate();
        to.type = from.type().name();
        to.title = from.title();
        to.startDate = from.startDate();
        to.endDate = from.endDate();
        to.publishedOn = from.publishedOn();
        to.strengths = from.strengths();
        to.areasForImprovement = from.areasForImprovement();
        to.judgements.clear();
        for (AreaJudgement j : from.judgements()) {
            var row = new InspectionJpaEntity.JudgementEmbeddable();
            row.area = j.area();
            row.judgement = j.judgement().name();
            to.judgements.add(row);
        }
    }

    static Recommendation toDomain(RecommendationJpaEntity e) {
        return new Recommendation(new RecommendationId(e.id), new PartnershipId(e.partnershipId),
                new InspectionId(e.inspectionId), e.number, e.text, Theme.valueOf(e.theme),
                new MemberId(e.leadOfficerId), e.sharedWith.stream().map(AgencyId::new).collect(Collectors.toSet()),
                e.measures.stream().map(m -> new SuccessMeasure(new MeasureRef(MeasureRef.Source.valueOf(m.source),
                        m.refKey), m.measure, m.target, m.amberWithin == null ? null : m.amberWithin.doubleValue()))
                        .toList(),
                RecommendationStatus.valueOf(e.status), e.version);
    }

    static void copy(Recommendation from, RecommendationJpaEntity to) {
        to.partnershipId = from.partnershipId().value();
        to.inspectionId = from.inspectionId().value();
        to.number = from.number();
        to.text = from.text();
        to.theme = from.theme().name();
        to.leadOfficerId = from.leadOfficer().value();
        to.status = from.status().name();
        replace(to.sharedWith, from.sharedWith().stream().map(AgencyId::value).collect(Collectors.toSet()));
        to.measures.clear();
        for (SuccessMeasure m : from.successMeasures()) {
            var row = new RecommendationJpaEntity.MeasureEmbeddable();
            row.measure = m.measure();
            row.target = m.target();
            row.source = m.ref().source().name();
            row.refKey = m.ref().key();
            row.amberWithin = m.amberWithin() == null ? null : java.math.BigDecimal.valueOf(m.amberWithin());
            to.measures.add(row);
        }
    }

    static ImprovementAction toDomain(ImprovementActionJpaEntity e) {
        return new ImprovementAction(new ActionId(e.id), new PartnershipId(e.partnershipId),
                new RecommendationId(e.recommendationId), e.description, new MemberId(e.leadOfficerId),
                e.agencies.stream().map(AgencyId::new).collect(Collectors.toSet()), e.dueDate,
                ActionStatus.valueOf(e.status), e.createdOn, e.completedOn, e.version);
    }

    static void copy(ImprovementAction from, ImprovementActionJpaEntity to) {
        to.partnershipId = from.partnershipId().value();
        to.recommendationId = from.recommendationId().value();
        to.description = from.description();
        to.leadOfficerId = from.leadOfficer().value();
        to.dueDate = from.dueDate();
        to.status = from.status().name();
        to.createdOn = from.createdOn();
        to.completedOn = from.completedOn();
        replace(to.agencies, from.contributingAgencies().stream().map(AgencyId::value).collect(Collectors.toSet()));
    }

    static ProgressUpdate toDomain(ProgressUpdateJpaEntity e) {
        return new ProgressUpdate(e.id, new ActionId(e.actionId), e.at, new MemberId(e.byId), e.byName, e.text,
                ActionStatus.valueOf(e.status));
    }

    static EvidenceItem toDomain(EvidenceItemJpaEntity e) {
        EvidenceFile file = e.fileName == null ? null
                : new EvidenceFile(e.fileName, EvidenceFileType.valueOf(e.fileType), e.fileSize);
        return new EvidenceItem(new EvidenceId(e.id), new ActionId(e.actionId), e.title, e.summary, e.link, file,
                new MemberId(e.addedById), e.addedByName, e.addedAt);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }
}
