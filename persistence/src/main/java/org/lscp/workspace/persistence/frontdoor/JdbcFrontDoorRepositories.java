package org.lscp.workspace.persistence.frontdoor;

import java.sql.Date;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.Oversight;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Decisions, flags, checks and the access log over JDBC. */
final class JdbcFrontDoorRepositories {
    private JdbcFrontDoorRepositories() {
    }

    static long nextId(NamedParameterJdbcTemplate jdbc, String sequence) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(" + sequence + ")", Long.class);
        return id == null ? 0 : id;
    }

    @Component
    static class Decisions implements DecisionRepository {
        private final NamedParameterJdbcTemplate jdbc;

        Decisions(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public ThresholdDecision save(ThresholdDecision d) {
            long id = d.id() == null ? nextId(jdbc, "threshold_decision_seq") : d.id();
            var params = new MapSqlParameterSource("id", id).addValue("contact", d.contactId().value())
                    .addValue("level", d.level().name()).addValue("rationale", d.rationale())
                    .addValue("next", d.nextStep())
                    .addValue("sdd", d.strategyDiscussionDate() == null ? null : Date.valueOf(d.strategyDiscussionDate()))
                    .addValue("medical", d.cpMedicalConsidered()).addValue("by", d.decidedBy().value())
                    .addValue("byName", d.decidedByName()).addValue("at", Utc.of(d.decidedAt()))
                    .addValue("supersedes", d.supersedes()).addValue("current", d.current())
                    .addValue("ob", d.overseenBy() == null ? null : d.overseenBy().value())
                    .addValue("obName", d.overseenByName()).addValue("oat", Utc.of(d.overseenAt()))
                    .addValue("comment", d.oversightComment());
            if (d.id() == null) {
                jdbc.update("""
                        insert into threshold_decision (id, contact_id, level, rationale, next_step,
                          strategy_discussion_date, cp_medical_considered, decided_by, decided_by_name, decided_at,
                          supersedes, current, overseen_by, overseen_by_name, overseen_at, oversight_comment)
                        values (:id, :contact, :level, :rationale, :next, :sdd, :medical, :by, :byName, :at,
                          :supersedes, :current, :ob, :obName, :oat, :comment)""", params);
            } else {
                jdbc.update("""
                        update threshold_decision set current = :current, overseen_by = :ob,
                          overseen_by_name = :obName, overseen_at = :oat, oversight_comment = :comment
                         where id = :id""", params);
            }
            return find(id).orElseThrow();
        }

        @Override
        public Optional<ThresholdDecision> find(long id) {
            return jdbc.query("select * from threshold_decision where id = :id", new MapSqlParameterSource("id", id),
                    Decisions::map).stream().findFirst();
        }

        @Override
        public void linkRecommendations(long decisionId, java.util.Set<org.lscp.workspace.domain.shared.RecommendationId> ids) {
            for (var r : ids) {
                jdbc.update("insert into decision_recommendation (decision_id, recommendation_id) values (:d, :r)",
                        new MapSqlParameterSource("d", decisionId).addValue("r", r.value()));
            }
        }

        @Override
        public java.util.Set<org.lscp.workspace.domain.shared.RecommendationId> recommendationsOf(long decisionId) {
            return new java.util.HashSet<>(jdbc.query(
                    "select recommendation_id from decision_recommendation where decision_id = :d",
                    new MapSqlParameterSource("d", decisionId),
                    (rs, n) -> new org.lscp.workspace.domain.shared.RecommendationId(rs.getLong(1))));
        }

        @Override
        public List<ThresholdDecision> forContact(ContactId contact) {
            return jdbc.query("select * from threshold_decision where contact_id = :c order by decided_at, id",
                    new MapSqlParameterSource("c", contact.value()), Decisions::map);
        }

        private static ThresholdDecision map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            var sdd = rs.getDate("strategy_discussion_date");
            long supersedes = rs.getLong("supersedes");
            long overseenBy = rs.getLong("overseen_by");
            return new ThresholdDecision(rs.getLong("id"), new ContactId(rs.getLong("contact_id")),
                    ThresholdLevel.valueOf(rs.getString("level")), rs.getString("rationale"), rs.getString("next_step"),
                    sdd == null ? null : sdd.toLocalDate(), rs.getBoolean("cp_medical_considered"),
                    new MemberId(rs.getLong("decided_by")), rs.getString("decided_by_name"), Utc.read(rs, "decided_at"),
                    supersedes == 0 ? null : supersedes, rs.getBoolean("current"),
                    overseenBy == 0 ? null : new Oversight(new MemberId(overseenBy), rs.getString("overseen_by_name"),
                            Utc.read(rs, "overseen_at"), rs.getString("oversight_comment")));
        }
    }

    @Component
    static class Flags implements FlagRepository {
        private final NamedParameterJdbcTemplate jdbc;

        Flags(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Flag save(Flag f) {
            long id = f.id() == null ? nextId(jdbc, "contact_flag_seq") : f.id();
            var params = new MapSqlParameterSource("id", id).addValue("contact", f.contactId().value())
                    .addValue("type", f.type().name()).addValue("raised", Utc.of(f.raisedAt()))
                    .addValue("resolved", Utc.of(f.resolvedAt())).addValue("by", f.resolvedByName())
                    .addValue("resolution", f.resolution());
            if (f.id() == null) {
                jdbc.update("""
                        insert into contact_flag (id, partnership_id, contact_id, type, raised_at, resolved_at,
                          resolved_by_name, resolution)
                        select :id, partnership_id, :contact, :type, :raised, :resolved, :by, :resolution
                          from contact where id = :contact""", params);
            } else {
                jdbc.update("update contact_flag set resolved_at = :resolved, resolved_by_name = :by,"
                        + " resolution = :resolution where id = :id", params);
            }
            return jdbc.query("select * from contact_flag where id = :id", params, Flags::map).getFirst();
        }

        @Override
        public Optional<Flag> find(PartnershipId partnership, long id) {
            return jdbc.query("select * from contact_flag where id = :id and partnership_id = :p",
                    new MapSqlParameterSource("id", id).addValue("p", partnership.value()), Flags::map).stream()
                    .findFirst();
        }

        @Override
        public List<Flag> forContact(ContactId contact) {
            return jdbc.query("select * from contact_flag where contact_id = :c order by raised_at, id",
                    new MapSqlParameterSource("c", contact.value()), Flags::map);
        }

        @Override
        public List<FlagRow> open(PartnershipId partnership, FlagFilter filter, Instant now, PageRequest page) {
            var params = new MapSqlParameterSource().addValue("limit", page.limit()).addValue("offset", page.offset());
            return jdbc.query("""
                    select f.id, f.type, f.raised_at, f.contact_id, c.reference, c.child_name, c.rag, c.source,
                           a.name agency, a.short_name agency_short, d.level, d.decided_by_name
                      from contact_flag f
                      join contact c on c.id = f.contact_id
                      left join agency a on a.id = c.source_agency_id
                      left join threshold_decision d on d.contact_id = c.id and d.current = 1
                    """ + where(partnership, filter, true, now, params) + " " + """
                     order by case when f.type in ('DISCLOSURE_NOT_PROGRESSED', 'MEDICAL_NOT_CONSIDERED') then 0 else 1
                           end, f.raised_at desc, f.id desc
                     limit :limit offset :offset""", params, (rs, n) -> {
                return new FlagRow(rs.getLong("id"), FlagType.valueOf(rs.getString("type")), Utc.read(rs, "raised_at"),
                        new ContactId(rs.getLong("contact_id")), rs.getString("reference"), rs.getString("child_name"),
                        Rag.valueOf(rs.getString("rag")), JdbcContactRepository.fromAgencyOrSource(rs),
                        JdbcContactRepository.agencyLabel(rs),
                        rs.getString("level") == null ? null : ThresholdLevel.valueOf(rs.getString("level")),
                        rs.getString("decided_by_name"));
            });
        }

        @Override
        public Map<FlagType, Long> openCounts(PartnershipId partnership, FlagFilter filter, Instant now) {
            var params = new MapSqlParameterSource();
            Map<FlagType, Long> counts = new EnumMap<>(FlagType.class);
            jdbc.query("select f.type, count(*) n from contact_flag f join contact c on c.id = f.contact_id "
                    + where(partnership, filter, false, now, params) + " group by f.type", params,
                    rs -> { counts.put(FlagType.valueOf(rs.getString("type")), rs.getLong("n")); });
            return counts;
        }

        /** The filter as a where clause on contact_flag f joined to contact c; its type only when asked. */
        private static String where(PartnershipId partnership, FlagFilter filter, boolean byType, Instant now,
                                    MapSqlParameterSource params) {
            StringBuilder where = new StringBuilder(" where f.partnership_id = :p and f.resolved_at is null");
            params.addValue("p", partnership.value());
            if (byType && filter.type() != null) {
                where.append(" and f.type = :type");
                params.addValue("type", filter.type().name());
            }
            if (filter.sourceAgency() != null) {
                where.append(" and c.source_agency_id = :agency");
                params.addValue("agency", filter.sourceAgency().value());
            }
            if (filter.age() != null && filter.age().from(now) != null) {
                where.append(" and f.raised_at >= :from");
                params.addValue("from", Utc.of(filter.age().from(now)));
            }
            if (filter.age() != null && filter.age().before(now) != null) {
                where.append(" and f.raised_at < :before");
                params.addValue("before", Utc.of(filter.age().before(now)));
            }
            return where.toString();
        }

        private static Flag map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new Flag(rs.getLong("id"), new ContactId(rs.getLong("contact_id")),
                    FlagType.valueOf(rs.getString("type")), Utc.read(rs, "raised_at"), Utc.read(rs, "resolved_at"),
                    rs.getString("resolved_by_name"), rs.getString("resolution"));
        }
    }

    @Component
    static class Checks implements CheckRepository {
        private final NamedParameterJdbcTemplate jdbc;

        Checks(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public AgencyCheck save(AgencyCheck c) {
            long id = c.id() == null ? nextId(jdbc, "agency_check_seq") : c.id();
            var params = new MapSqlParameterSource("id", id).addValue("contact", c.contactId().value())
                    .addValue("agency", c.agency().value()).addValue("requested", Utc.of(c.requestedAt()))
                    .addValue("requestedBy", c.requestedByName()).addValue("due", Utc.of(c.dueBy()))
                    .addValue("responded", Utc.of(c.respondedAt())).addValue("respondedBy", c.respondedByName())
                    .addValue("findings", c.findings());
            if (c.id() == null) {
                jdbc.update("""
                        insert into agency_check (id, partnership_id, contact_id, agency_id, requested_at,
                          requested_by_name, due_by, responded_at, responded_by_name, findings)
                        select :id, partnership_id, :contact, :agency, :requested, :requestedBy, :due, :responded,
                          :respondedBy, :findings from contact where id = :contact""", params);
            } else {
                jdbc.update("update agency_check set responded_at = :responded, responded_by_name = :respondedBy,"
                        + " findings = :findings where id = :id", params);
            }
            return jdbc.query("select * from agency_check where id = :id", params, Checks::map).getFirst();
        }

        @Override
        public Optional<AgencyCheck> find(PartnershipId partnership, long id) {
            return jdbc.query("select * from agency_check where id = :id and partnership_id = :p",
                    new MapSqlParameterSource("id", id).addValue("p", partnership.value()), Checks::map).stream()
                    .findFirst();
        }

        @Override
        public List<AgencyCheck> forContact(ContactId contact) {
            return jdbc.query("select * from agency_check where contact_id = :c order by requested_at, id",
                    new MapSqlParameterSource("c", contact.value()), Checks::map);
        }

        @Override
        public List<AgencyCheck> openFor(PartnershipId partnership, AgencyId agency) {
            return jdbc.query("select * from agency_check where partnership_id = :p and agency_id = :a"
                            + " and responded_at is null order by due_by, id limit 500",
                    new MapSqlParameterSource("p", partnership.value()).addValue("a", agency.value()), Checks::map);
        }

        private static AgencyCheck map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new AgencyCheck(rs.getLong("id"), new ContactId(rs.getLong("contact_id")),
                    new AgencyId(rs.getLong("agency_id")), Utc.read(rs, "requested_at"),
                    rs.getString("requested_by_name"), Utc.read(rs, "due_by"), Utc.read(rs, "responded_at"),
                    rs.getString("responded_by_name"), rs.getString("findings"));
        }
    }

    /** Written in its own transaction, so a refused access is logged even though the refusal rolls back the rest. */
    @Component
    static class Log implements AccessLog {
        private final NamedParameterJdbcTemplate jdbc;
        private final TransactionTemplate ownTransaction;

        Log(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
            this.jdbc = jdbc;
            this.ownTransaction = new TransactionTemplate(transactions);
            this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        @Override
        public void record(AccessLogEntry e) {
            ownTransaction.executeWithoutResult(status -> jdbc.update("""
                    insert into access_log (id, partnership_id, member_id, member_name, at, record, allowed)
                    values (:id, :p, :m, :name, :at, :record, :allowed)""",
                    new MapSqlParameterSource("id", nextId(jdbc, "access_log_seq"))
                            .addValue("p", e.partnershipId().value()).addValue("m", e.who().value())
                            .addValue("name", e.whoName()).addValue("at", Utc.of(e.at()))
                            .addValue("record", e.record()).addValue("allowed", e.allowed())));
        }

        @Override
        public List<AccessLogEntry> find(PartnershipId partnership, PageRequest page) {
            return jdbc.query("select * from access_log where partnership_id = :p order by at desc, id desc"
                            + " limit :limit offset :offset",
                    new MapSqlParameterSource("p", partnership.value()).addValue("limit", page.limit())
                            .addValue("offset", page.offset()),
                    (rs, n) -> new AccessLogEntry(partnership, new MemberId(rs.getLong("member_id")),
                            rs.getString("member_name"), Utc.read(rs, "at"), rs.getString("record"),
                            rs.getBoolean("allowed")));
        }

        @Override
        public long count(PartnershipId partnership) {
            Long count = jdbc.queryForObject("select count(*) from access_log where partnership_id = :p",
                    new MapSqlParameterSource("p", partnership.value()), Long.class);
            return count == null ? 0 : count;
        }
    }
}
