package org.lscp.workspace.persistence.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.StatusChange;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.persistence.shared.Constraints;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.stereotype.Component;

@Component
class JpaRecommendationRepository implements RecommendationRepository {
    /** One grouped pass over the actions of the listed recommendations (index ix_action_tally). */
    private static final String TALLY = """
            select recommendation_id, count(*) total,
                   sum(status = 'COMPLETE') complete,
                   sum(status <> 'COMPLETE' and due_date < :today) overdue,
                   sum(status <> 'COMPLETE' and due_date between :today and :soon) due_soon,
                   sum(status = 'OFF_TRACK') off_track,
                   sum(status = 'AT_RISK') at_risk
              from improvement_action
             where partnership_id = :partnership and recommendation_id in (:ids)
             group by recommendation_id""";
    private final RecommendationJpaRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    JpaRecommendationRepository(RecommendationJpaRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public Recommendation save(Recommendation recommendation) {
        try {
            return VersionedSave.save(repository, recommendation.id() == null ? null : recommendation.id().value(),
                    recommendation.version(), RecommendationJpaEntity::new, e -> e.version,
                    e -> PlanMapper.copy(recommendation, e), PlanMapper::toDomain, "recommendation");
        } catch (DataIntegrityViolationException e) {
            if (Constraints.broke(e, "uk_recommendation_number")) {
                throw ValidationException.of("number",
                        SaveRecommendationCommand.numberTaken(recommendation.number()));
            }
            throw e;
        }
    }

    @Override
    public Optional<Recommendation> find(PartnershipId partnership, RecommendationId id) {
        return repository.findByIdAndPartnershipId(id.value(), partnership.value()).map(PlanMapper::toDomain);
    }

    @Override
    public List<Recommendation> find(PartnershipId partnership, PlanFilter filter) {
        return repository.search(partnership.value(), filter.theme() == null ? null : filter.theme().name(),
                        filter.status() == null ? null : filter.status().name(),
                        filter.lead() == null ? null : filter.lead().value(),
                        filter.agency() == null ? null : filter.agency().value())
                .stream().map(PlanMapper::toDomain).toList();
    }

    @Override
    public boolean numberTaken(InspectionId inspection, int number, @Nullable RecommendationId except) {
        return repository.numberTaken(inspection.value(), number, except == null ? null : except.value());
    }

    @Override
    public Map<RecommendationId, ActionTally> tallies(PartnershipId partnership, Collection<RecommendationId> ids,
                                                      LocalDate today, LocalDate soonUntil) {
        Map<RecommendationId, ActionTally> tallies = new HashMap<>();
        if (ids.isEmpty()) return tallies;
        var params = new MapSqlParameterSource("partnership", partnership.value())
                .addValue("ids", ids.stream().map(RecommendationId::value).toList())
                .addValue("today", Date.valueOf(today)).addValue("soon", Date.valueOf(soonUntil));
        jdbc.query(TALLY, params, rs -> {
            tallies.put(new RecommendationId(rs.getLong("recommendation_id")), new ActionTally(rs.getLong("total"),
                    rs.getLong("complete"), rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("off_track"),
                    rs.getLong("at_risk")));
        });
        return tallies;
    }

    @Override
    public void recordStatusChange(StatusChange change) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(status_change_seq)", Long.class);
        jdbc.update("""
                insert into recommendation_status_change (id, recommendation_id, at, by_name, from_status, to_status)
                values (:id, :recommendation, :at, :by, :from, :to)""", new MapSqlParameterSource("id", id)
                .addValue("recommendation", change.recommendationId().value())
                .addValue("at", Utc.of(change.at())).addValue("by", change.byName())
                .addValue("from", change.from().name()).addValue("to", change.to().name()));
    }

    @Override
    public List<StatusChange> statusChanges(RecommendationId recommendation) {
        return jdbc.query("""
                select at, by_name, from_status, to_status from recommendation_status_change
                 where recommendation_id = :id order by at desc, id desc""",
                new MapSqlParameterSource("id", recommendation.value()),
                (rs, n) -> new StatusChange(recommendation, Utc.read(rs, "at"), rs.getString("by_name"),
                        RecommendationStatus.valueOf(rs.getString("from_status")),
                        RecommendationStatus.valueOf(rs.getString("to_status"))));
    }
}
