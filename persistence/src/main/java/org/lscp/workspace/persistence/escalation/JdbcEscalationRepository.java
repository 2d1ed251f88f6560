package org.lscp.workspace.persistence.escalation;

import org.lscp.workspace.persistence.shared.VersionedSave;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.escalation.model.CurrentStage;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationAbout;
import org.lscp.workspace.domain.escalation.model.Closure;
import org.lscp.workspace.domain.escalation.model.Raised;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.model.EscalationStatus;
import org.lscp.workspace.domain.escalation.model.RecommendationCluster;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Escalations, their timelines and recommendations over JDBC (lists by stage deadline, open first). */
@Component
class JdbcEscalationRepository implements EscalationRepository {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcEscalationRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Escalation insert(Escalation e) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(escalation_seq)", Long.class);
        String reference = "E-%06d".formatted(id);
        jdbc.update("""
                insert into escalation (id, partnership_id, reference, contact_id, contact_reference, decision_id,
                  child_case_id, raising_agency_id, responding_agency_id, raised_by, raised_by_name, raised_at,
                  disputed, outcome_sought, immediate_risk_reason, stage, stage_started_at, stage_deadline,
                  stage_response, status, outcome, learning, closed_at, closed_by_name, resulting_decision_id, version)
                values (:id, :p, :reference, :contact, :contactReference, :decision, :child, :raising, :responding,
                  :raisedBy, :raisedByName, :raisedAt, :disputed, :sought, :risk, :stage, :started, :deadline,
                  :response, :status, :outcome, :learning, :closedAt, :closedBy, :resulting, 0)""",
                params(e).addValue("id", id).addValue("reference", reference)
                        .addValue("p", e.partnershipId().value())
                        .addValue("contact", e.contactId() == null ? null : e.contactId().value())
                        .addValue("contactReference", e.contactReference()).addValue("decision", e.decisionId())
                        .addValue("child", e.childCaseId()).addValue("raising", e.raisingAgency().value())
                        .addValue("responding", e.respondingAgency().value())
                        .addValue("raisedBy", e.raisedBy().value()).addValue("raisedByName", e.raisedByName())
                        .addValue("raisedAt", Utc.of(e.raisedAt())).addValue("disputed", e.disputed())
                        .addValue("sought", e.outcomeSought()).addValue("risk", e.immediateRiskReason()));
        linkRecommendations(id, e.recommendations());
        return find(e.partnershipId(), id).orElseThrow();
    }

    @Override
    public Escalation save(Escalation e) {
        int updated = jdbc.update("""
                update escalation set stage = :stage, stage_started_at = :started, stage_deadline = :deadline,
                  stage_response = :response, status = :status, outcome = :outcome, learning = :learning,
                  closed_at = :closedAt, closed_by_name = :closedBy, resulting_decision_id = :resulting,
                  version = version + 1
                where id = :id and partnership_id = :p and version = :version""",
                params(e).addValue("id", e.requireId()).addValue("p", e.partnershipId().value())
                        .addValue("version", e.version()));
        VersionedSave.requireUpdated(updated, "escalation");
        jdbc.update("delete from escalation_recommendation where escalation_id = :id",
                new MapSqlParameterSource("id", e.requireId()));
        linkRecommendations(e.requireId(), e.recommendations());
        return find(e.partnershipId(), e.requireId()).orElseThrow();
    }

    private static MapSqlParameterSource params(Escalation e) {
        return new MapSqlParameterSource("stage", e.stage().number()).addValue("started", Utc.of(e.stageStartedAt()))
                .addValue("deadline", Utc.of(e.stageDeadline())).addValue("response", e.stageResponse())
                .addValue("status", e.status().name())
                .addValue("outcome", e.outcome() == null ? null : e.outcome().name())
                .addValue("learning", e.learning()).addValue("closedAt", Utc.of(e.closedAt()))
                .addValue("closedBy", e.closedByName()).addValue("resulting", e.resultingDecisionId());
    }

    private void linkRecommendations(long id, Set<RecommendationId> recommendations) {
        for (RecommendationId r : recommendations) {
            jdbc.update("insert into escalation_recommendation (escalation_id, recommendation_id) values (:e, :r)",
                    new MapSqlParameterSource("e", id).addValue("r", r.value()));
        }
    }

    @Override
    public Optional<Escalation> find(PartnershipId partnership, long id) {
        return escalations("select * from escalation where id = :id and partnership_id = :p",
                new MapSqlParameterSource("id", id).addValue("p", partnership.value())).stream().findFirst();
    }

    @Override
    public List<Escalation> find(PartnershipId partnership, EscalationFilter filter, @Nullable AgencyId agency,
                                 Instant now, PageRequest page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select * from escalation" + where(partnership, filter, agency, now, params)
                + " order by status <> 'OPEN', stage_deadline, id limit :limit offset :offset";
        return escalations(sql, params.addValue("limit", page.limit()).addValue("offset", page.offset()));
    }

    @Override
    public long count(PartnershipId partnership, EscalationFilter filter, @Nullable AgencyId agency, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*) from escalation" + where(partnership, filter, agency, now, params),
                params, Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public List<Escalation> openDueBetween(PartnershipId partnership, Instant from, Instant to) {
        return escalations("""
                select * from escalation where partnership_id = :p and status = 'OPEN'
                   and stage_deadline > :from and stage_deadline <= :to order by stage_deadline, id""",
                new MapSqlParameterSource("p", partnership.value()).addValue("from", Utc.of(from))
                        .addValue("to", Utc.of(to)));
    }

    private static String where(PartnershipId partnership, EscalationFilter filter, @Nullable AgencyId agency,
                                Instant now, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where partnership_id = :p");
        params.addValue("p", partnership.value()).addValue("agency", agency == null ? null : agency.value());
        switch (filter.scope()) {
            case RAISED_BY_US -> where.append(" and raising_agency_id = :agency");
            case RAISED_WITH_US -> where.append(" and responding_agency_id = :agency");
            case INVOLVING_US -> where.append(" and (raising_agency_id = :agency or responding_agency_id = :agency)");
            case ALL -> {
                if (agency != null) where.append(" and (raising_agency_id = :agency or responding_agency_id = :agency)");
            }
        }
        if (filter.openOnly() || filter.overdueOnly()) where.append(" and status = 'OPEN'");
        if (filter.stage() != null) {
            where.append(" and stage = :stage");
            params.addValue("stage", filter.stage().number());
        }
        if (filter.overdueOnly()) {
            where.append(" and stage_deadline < :now");
            params.addValue("now", Utc.of(now));
        }
        return where.toString();
    }

    @Override
    public List<Escalation> forContact(PartnershipId partnership, ContactId contact) {
        return escalations("select * from escalation where partnership_id = :p and contact_id = :c order by raised_at, id",
                new MapSqlParameterSource("p", partnership.value()).addValue("c", contact.value()));
    }

    private List<Escalation> escalations(String sql, MapSqlParameterSource params) {
        List<Escalation> rows = jdbc.query(sql, params, JdbcEscalationRepository::map);
        if (rows.isEmpty()) return rows;
        Map<Long, Set<RecommendationId>> recs = new HashMap<>();
        jdbc.query("select escalation_id, recommendation_id from escalation_recommendation where escalation_id in (:ids)",
                new MapSqlParameterSource("ids", rows.stream().map(Escalation::requireId).toList()),
                rs -> {
                    recs.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(new RecommendationId(rs.getLong(2)));
                });
        List<Escalation> out = new ArrayList<>(rows.size());
        for (Escalation e : rows) out.add(e.withRecommendations(recs.getOrDefault(e.requireId(), Set.of())));
        return out;
    }

    private static Escalation map(ResultSet rs, int n) throws SQLException {
        long contact = rs.getLong("contact_id");
        ContactId contactId = rs.wasNull() ? null : new ContactId(contact);
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        long resulting = rs.getLong("resulting_decision_id");
        Long resultingId = rs.wasNull() ? null : resulting;
        boolean response = rs.getBoolean("stage_response");
        Boolean stageResponse = rs.wasNull() ? null : response;
        String outcome = rs.getString("outcome");
        Instant closedAt = Utc.read(rs, "closed_at");
        return new Escalation(rs.getLong("id"), new PartnershipId(rs.getLong("partnership_id")),
                rs.getString("reference"), new EscalationAbout(contactId, rs.getString("contact_reference"),
                        decisionId, rs.getString("child_case_id")),
                new Raised(new AgencyId(rs.getLong("raising_agency_id")),
                        new AgencyId(rs.getLong("responding_agency_id")), new MemberId(rs.getLong("raised_by")),
                        rs.getString("raised_by_name"), Utc.read(rs, "raised_at"), rs.getString("disputed"),
                        rs.getString("outcome_sought"), rs.getString("immediate_risk_reason")),
                new CurrentStage(EscalationStage.number(rs.getInt("stage")), Utc.read(rs, "stage_started_at"),
                        Utc.read(rs, "stage_deadline"), stageResponse),
                EscalationStatus.valueOf(rs.getString("status")),
                closedAt == null ? null : new Closure(outcome == null ? null : EscalationOutcome.valueOf(outcome),
                        rs.getString("learning"), closedAt, rs.getString("closed_by_name"), resultingId),
                Set.of(), rs.getLong("version"));
    }

    @Override
    public EscalationEvent append(EscalationEvent e) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(escalation_event_seq)", Long.class);
        jdbc.update("""
                insert into escalation_event (id, escalation_id, kind, stage, at, by_member, by_name, by_agency_id,
                  text, agrees, deadline)
                values (:id, :e, :kind, :stage, :at, :by, :byName, :agency, :text, :agrees, :deadline)""",
                new MapSqlParameterSource("id", id).addValue("e", e.escalationId()).addValue("kind", e.kind().name())
                        .addValue("stage", e.stage().number()).addValue("at", Utc.of(e.at()))
                        .addValue("by", e.by().value()).addValue("byName", e.byName())
                        .addValue("agency", e.byAgency().value()).addValue("text", e.text())
                        .addValue("agrees", e.agrees()).addValue("deadline", Utc.of(e.deadline())));
        return new EscalationEvent(id, e.escalationId(), e.kind(), e.stage(), e.at(), e.by(), e.byName(), e.byAgency(),
                e.text(), e.agrees(), e.deadline());
    }

    @Override
    public List<EscalationEvent> timeline(long escalationId) {
        return jdbc.query("select * from escalation_event where escalation_id = :e order by at, id",
                new MapSqlParameterSource("e", escalationId), (rs, n) -> {
                    boolean agrees = rs.getBoolean("agrees");
                    Boolean agreesOrNull = rs.wasNull() ? null : agrees;
                    return new EscalationEvent(rs.getLong("id"), escalationId,
                            EscalationEvent.Kind.valueOf(rs.getString("kind")), EscalationStage.number(rs.getInt("stage")),
                            Utc.read(rs, "at"), new MemberId(rs.getLong("by_member")), rs.getString("by_name"),
                            new AgencyId(rs.getLong("by_agency_id")), rs.getString("text"), agreesOrNull,
                            Utc.read(rs, "deadline"));
                });
    }

    @Override
    public List<RecommendationCluster> byRecommendation(PartnershipId partnership) {
        return jdbc.query("""
                select r.id, r.text,
                       sum(e.status = 'OPEN') open_count,
                       sum(e.status <> 'OPEN') closed_count,
                       sum(e.outcome = 'DECISION_CHANGED') changed_count
                from escalation_recommendation er
                join escalation e on e.id = er.escalation_id
                join recommendation r on r.id = er.recommendation_id
                where e.partnership_id = :p
                group by r.id, r.text
                order by count(*) desc, r.id""",
                new MapSqlParameterSource("p", partnership.value()),
                (rs, n) -> new RecommendationCluster(new RecommendationId(rs.getLong("id")), rs.getString("text"),
                        rs.getLong("open_count"), rs.getLong("closed_count"), rs.getLong("changed_count")));
    }
}
