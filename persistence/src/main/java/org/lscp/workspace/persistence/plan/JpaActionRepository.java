package org.lscp.workspace.persistence.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.plan.model.EvidenceDownload;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.EvidenceId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.stereotype.Component;

@Component
class JpaActionRepository implements ActionRepository {
    private final ImprovementActionJpaRepository actions;
    private final ProgressUpdateJpaRepository progress;
    private final EvidenceItemJpaRepository evidence;
    private final NamedParameterJdbcTemplate jdbc;

    JpaActionRepository(ImprovementActionJpaRepository actions, ProgressUpdateJpaRepository progress,
                        EvidenceItemJpaRepository evidence, NamedParameterJdbcTemplate jdbc) {
        this.actions = actions;
        this.progress = progress;
        this.evidence = evidence;
        this.jdbc = jdbc;
    }

    @Override
    public ImprovementAction save(ImprovementAction action) {
        return VersionedSave.save(actions, action.id() == null ? null : action.id().value(), action.version(),
                ImprovementActionJpaEntity::new, e -> e.version, e -> PlanMapper.copy(action, e),
                PlanMapper::toDomain, "action");
    }

    @Override
    public Optional<ImprovementAction> find(PartnershipId partnership, ActionId id) {
        return actions.findByIdAndPartnershipId(id.value(), partnership.value()).map(PlanMapper::toDomain);
    }

    @Override
    public List<ImprovementAction> forRecommendation(RecommendationId recommendation) {
        return actions.findByRecommendationIdOrderByDueDateAscIdAsc(recommendation.value()).stream()
                .map(PlanMapper::toDomain).toList();
    }

    @Override
    public List<ImprovementAction> openLedBy(PartnershipId partnership, MemberId lead) {
        return actions.openLedBy(partnership.value(), lead.value()).stream().map(PlanMapper::toDomain).toList();
    }

    @Override
    public List<ImprovementAction> openDueBetween(PartnershipId partnership, LocalDate from, LocalDate to) {
        return actions.openDueBetween(partnership.value(), from, to).stream().map(PlanMapper::toDomain).toList();
    }

    @Override
    public ProgressUpdate addProgress(ProgressUpdate update) {
        ProgressUpdateJpaEntity e = new ProgressUpdateJpaEntity();
        e.actionId = update.actionId().value();
        e.at = update.at();
        e.byId = update.by().value();
        e.byName = update.byName();
        e.text = update.text();
        e.status = update.status().name();
        return PlanMapper.toDomain(progress.save(e));
    }

    @Override
    public List<ProgressUpdate> progressFor(Collection<ActionId> ids) {
        if (ids.isEmpty()) return List.of();
        return progress.findByActionIdInOrderByAtDescIdDesc(ids.stream().map(ActionId::value).toList()).stream()
                .map(PlanMapper::toDomain).toList();
    }

    @Override
    public EvidenceItem addEvidence(EvidenceItem item, byte[] content) {
        EvidenceItemJpaEntity e = new EvidenceItemJpaEntity();
        e.actionId = item.actionId().value();
        e.title = item.title();
        e.summary = item.summary();
        e.link = item.link();
        if (item.file() != null) {
            e.fileName = item.file().fileName();
            e.fileType = item.file().type().name();
            e.fileSize = item.file().size();
        }
        e.addedById = item.addedBy().value();
        e.addedByName = item.addedByName();
        e.addedAt = item.addedAt();
        EvidenceItemJpaEntity saved = evidence.saveAndFlush(e);
        if (content != null) {
            jdbc.update("insert into evidence_content (evidence_id, content) values (:id, :content)",
                    new MapSqlParameterSource("id", saved.id).addValue("content", content));
        }
        return PlanMapper.toDomain(saved);
    }

    @Override
    public List<EvidenceItem> evidenceFor(Collection<ActionId> ids) {
        if (ids.isEmpty()) return List.of();
        return evidence.findByActionIdInOrderByAddedAtDescIdDesc(ids.stream().map(ActionId::value).toList()).stream()
                .map(PlanMapper::toDomain).toList();
    }

    @Override
    public long evidenceCount(ActionId action) {
        return evidence.countByActionId(action.value());
    }

    @Override
    public Optional<EvidenceDownload> evidenceContent(PartnershipId partnership, EvidenceId id) {
        return jdbc.query("""
                        select c.content from evidence_content c
                          join evidence_item e on e.id = c.evidence_id
                          join improvement_action a on a.id = e.action_id
                         where c.evidence_id = :id and a.partnership_id = :partnership""",
                new MapSqlParameterSource("id", id.value()).addValue("partnership", partnership.value()),
                (rs, n) -> rs.getBytes(1)).stream().findFirst()
                .map(bytes -> new EvidenceDownload(PlanMapper.toDomain(evidence.findById(id.value()).orElseThrow()),
                        bytes));
    }
}
