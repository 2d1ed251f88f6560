package org.lscp.workspace.persistence.board;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.board.model.AnnexARow;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.EscalationCounts;
import org.lscp.workspace.domain.board.model.GroupCounts;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The board's figures as SQL aggregates over the period's contacts (by date received; imported history excluded,
 * it has no decisions), their decisions, flags and escalations, and the plan's actions. Each contact's first and
 * current decision are read through ix_decision_contact; the rest is grouped in the database and summed here.
 */
@Component
class JdbcBoardRepository implements BoardRepository {
    private static final String S47 = "('STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION')";
    private static final String CIN = "('CHILD_IN_NEED_ASSESSMENT', 'STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION')";
    private static final String ABUSE = "(find_in_set('PHYSICAL_ABUSE', c.concerns) > 0 "
            + "or find_in_set('SEXUAL_ABUSE', c.concerns) > 0)";
    /** The period's contacts with their first decision and current decision. */
    private static final String CONTACTS = """
            select c.id, c.reference, c.rag, c.source_agency_id, c.received_at, c.deadline, c.disclosure,
                   %s abuse,
                   (select min(d.decided_at) from threshold_decision d where d.contact_id = c.id) first_at,
                   cd.level, cd.cp_medical_considered
              from contact c
              left join threshold_decision cd on cd.contact_id = c.id and cd.current = true
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
               and c.channel <> 'IMPORTED' and (:agency is null or c.source_agency_id = :agency)""".formatted(ABUSE);
    private static final String GROUPS = """
            select x.rag, x.source_agency_id, x.level, count(*) contacts,
                   sum(x.first_at is not null or x.deadline < :now) due,
                   sum(x.first_at is not null and x.first_at <= x.deadline) in_time,
                   sum(x.level in %2$s) cin, sum(x.level in %1$s) s47, sum(x.first_at is not null) decided,
                   sum(x.abuse and x.disclosure) abuse_disclosures,
                   sum(x.abuse and x.disclosure and x.level in %1$s) to_strategy,
                   sum(x.abuse and x.level in %1$s) abuse_s47,
                   sum(x.abuse and x.level in %1$s and x.cp_medical_considered) abuse_s47_medical,
                   sum(exists (select 1 from contact_flag f where f.contact_id = x.id and f.type = 'REPEAT_CONTACT'))
                     repeats
              from (%3$s) x
             group by x.rag, x.source_agency_id, x.level""".formatted(S47, CIN, CONTACTS);
    private static final String FLAGS = """
            select f.type, count(*) raised, sum(f.resolved_at is null) open_count,
                   sum(f.resolved_at is not null) resolved
              from contact_flag f join contact c on c.id = f.contact_id
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
               and (:agency is null or c.source_agency_id = :agency)
             group by f.type""";
    /** Due: overseen, or flagged for want of oversight; in time: overseen and never flagged. */
    private static final String OVERSIGHT = """
            select coalesce(sum(d.overseen_at is not null and not exists (select 1 from contact_flag f
                     where f.contact_id = c.id and f.type = 'NO_OVERSIGHT')), 0) in_time,
                   coalesce(sum(d.overseen_at is not null or exists (select 1 from contact_flag f
                     where f.contact_id = c.id and f.type = 'NO_OVERSIGHT')), 0) due
              from contact c join threshold_decision d on d.contact_id = c.id and d.current = true
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
               and c.channel <> 'IMPORTED' and (:agency is null or c.source_agency_id = :agency)""";
    private static final String ESCALATION_SCOPE = " " + """
             where e.partnership_id = :p and e.raised_at >= :from and e.raised_at < :to
               and (:agency is null or e.raising_agency_id = :agency or e.responding_agency_id = :agency)""";
    private static final String ESCALATIONS = """
            select e.raising_agency_id, e.stage, e.status, e.outcome,
                   sum(e.status = 'OPEN' and e.stage_deadline < :now) overdue, count(*) n
              from escalation e""" + ESCALATION_SCOPE + " group by e.raising_agency_id, e.stage, e.status, e.outcome";
    private static final String ACTIONS = """
            select count(*) total, coalesce(sum(a.status = 'COMPLETE'), 0) complete,
                   coalesce(sum(a.status <> 'COMPLETE' and a.due_date < :today), 0) overdue
              from improvement_action a
             where a.partnership_id = :p
               and (:agency is null or exists (select 1 from action_agency aa where aa.action_id = a.id
                                                and aa.agency_id = :agency))""";
    private final NamedParameterJdbcTemplate jdbc;

    JdbcBoardRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(PartnershipId partnership, MeasureFilter filter, Instant now) {
        return new MapSqlParameterSource("p", partnership.value())
                .addValue("from", Utc.of(filter.period().start())).addValue("to", Utc.of(filter.period().endExclusive()))
                .addValue("agency", filter.agency() == null ? null : filter.agency().value())
                .addValue("now", Utc.of(now))
                .addValue("today", Date.valueOf(LocalDate.ofInstant(now, London.ZONE)));
    }

    @Override
    public BoardFigures figures(PartnershipId partnership, MeasureFilter filter, Instant now) {
        MapSqlParameterSource params = params(partnership, filter, now);
        Map<String, long[]> groups = new LinkedHashMap<>();
        Map<ThresholdLevel, Long> levels = new EnumMap<>(ThresholdLevel.class);
        jdbc.query(GROUPS, params, rs -> {
            String key = rs.getString("rag") + "/" + rs.getLong("source_agency_id");
            long[] sums = groups.computeIfAbsent(key, k -> new long[11]);
            String[] columns = {"contacts", "due", "in_time", "cin", "s47", "decided", "abuse_disclosures",
                    "to_strategy", "abuse_s47", "abuse_s47_medical", "repeats"};
            for (int i = 0; i < columns.length; i++) sums[i] += rs.getLong(columns[i]);
            String level = rs.getString("level");
            if (level != null) levels.merge(ThresholdLevel.valueOf(level), rs.getLong("contacts"), Long::sum);
        });
        List<GroupCounts> counts = new ArrayList<>();
        groups.forEach((key, s) -> {
            String[] parts = key.split("/");
            counts.add(new GroupCounts(Rag.valueOf(parts[0]), new AgencyId(Long.parseLong(parts[1])), s[0], s[1], s[2],
                    s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10]));
        });
        Map<FlagType, BoardFigures.FlagCounts> flags = new EnumMap<>(FlagType.class);
        jdbc.query(FLAGS, params, rs -> {
            flags.put(FlagType.valueOf(rs.getString("type")), new BoardFigures.FlagCounts(rs.getLong("raised"),
                    rs.getLong("open_count"), rs.getLong("resolved")));
        });
        Ratio oversight = jdbc.queryForObject(OVERSIGHT, params,
                (rs, n) -> new Ratio(rs.getLong("in_time"), rs.getLong("due")));
        BoardFigures.ActionCounts actions = jdbc.queryForObject(ACTIONS, params,
                (rs, n) -> new BoardFigures.ActionCounts(rs.getLong("total"), rs.getLong("complete"),
                        rs.getLong("overdue")));
        return new BoardFigures(counts, levels, flags, oversight, escalations(params), actions);
    }

    private EscalationCounts escalations(MapSqlParameterSource params) {
        Map<AgencyId, Long> byAgency = new HashMap<>();
        Map<Integer, Long> byStage = new HashMap<>();
        Map<EscalationOutcome, Long> outcomes = new EnumMap<>(EscalationOutcome.class);
        long[] totals = new long[4]; // raised, resolved, resolved at 1–2, overdue
        jdbc.query(ESCALATIONS, params, rs -> {
            long n = rs.getLong("n");
            int stage = rs.getInt("stage");
            totals[0] += n;
            byAgency.merge(new AgencyId(rs.getLong("raising_agency_id")), n, Long::sum);
            byStage.merge(stage, n, Long::sum);
            if ("RESOLVED".equals(rs.getString("status"))) {
                totals[1] += n;
                if (stage <= 2) totals[2] += n;
            }
            totals[3] += rs.getLong("overdue");
            String outcome = rs.getString("outcome");
            if (outcome != null) outcomes.merge(EscalationOutcome.valueOf(outcome), n, Long::sum);
        });
        Long disputed = jdbc.queryForObject("select count(distinct e.decision_id) from escalation e" + ESCALATION_SCOPE,
                params, Long.class);
        return new EscalationCounts(totals[0], byAgency, byStage, totals[1], totals[2], totals[3], outcomes,
                disputed == null ? 0 : disputed);
    }

    @Override
    public List<DecisionRecord> decisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly,
                                          Instant now, PageRequest page) {
        MapSqlParameterSource params = params(partnership, filter, now).addValue("limit", page.limit())
                .addValue("offset", page.offset());
        return jdbc.query("select * from (" + CONTACTS + ") x where " + due(lateOnly)
                        + " order by x.received_at desc, x.id desc limit :limit offset :offset", params,
                (rs, n) -> {
                    String level = rs.getString("level");
                    return new DecisionRecord(new ContactId(rs.getLong("id")), rs.getString("reference"),
                            new AgencyId(rs.getLong("source_agency_id")), Rag.valueOf(rs.getString("rag")),
                            Utc.read(rs, "received_at"), Utc.read(rs, "deadline"), Utc.read(rs, "first_at"),
                            level == null ? null : ThresholdLevel.valueOf(level));
                });
    }

    @Override
    public long countDecisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly, Instant now) {
        Long n = jdbc.queryForObject("select count(*) from (" + CONTACTS + ") x where " + due(lateOnly),
                params(partnership, filter, now), Long.class);
        return n == null ? 0 : n;
    }

    private static final String ANNEX_A = """
            select c.child_case_id, c.child_gender, c.child_ethnicity, c.child_dob, c.received_at, a.kind,
                   c.referrer, c.channel, cd.level, cd.next_step, cd.strategy_discussion_date,
                   (select min(d.decided_at) from threshold_decision d
                     where d.contact_id = c.id and d.level in %2$s) referred_at,
                   (select min(d.decided_at) from threshold_decision d
                     where d.contact_id = c.id and d.level in %1$s) strategy_at,
                   (select count(*) from contact e where e.partnership_id = c.partnership_id
                       and e.child_case_id = c.child_case_id and e.received_at < c.received_at
                       and e.received_at >= c.received_at - interval 12 month
                       and exists (select 1 from threshold_decision d where d.contact_id = e.id
                                   and d.level in %2$s)) referrals,
                   (select count(*) from contact e where e.partnership_id = c.partnership_id
                       and e.child_case_id = c.child_case_id and e.received_at < c.received_at
                       and e.received_at >= c.received_at - interval 12 month
                       and exists (select 1 from threshold_decision d where d.contact_id = e.id
                                   and d.level in %1$s)) s47s
              from contact c
              join agency a on a.id = c.source_agency_id
              left join threshold_decision cd on cd.contact_id = c.id and cd.current = true
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
             order by c.received_at, c.id""".formatted(S47, CIN);

    @Override
    public List<AnnexARow> annexA(PartnershipId partnership, Period period) {
        return jdbc.query(ANNEX_A, new MapSqlParameterSource("p", partnership.value())
                        .addValue("from", Utc.of(period.start())).addValue("to", Utc.of(period.endExclusive())),
                (rs, n) -> {
                    String level = rs.getString("level");
                    Date dob = rs.getDate("child_dob");
                    Date strategy = rs.getDate("strategy_discussion_date");
                    return new AnnexARow(rs.getString("child_case_id"), Gender.valueOf(rs.getString("child_gender")),
                            Ethnicity.valueOf(rs.getString("child_ethnicity")), dob == null ? null : dob.toLocalDate(),
                            Utc.read(rs, "received_at"), AgencyKind.valueOf(rs.getString("kind")),
                            rs.getString("referrer"), "IMPORTED".equals(rs.getString("channel")),
                            level == null ? null : ThresholdLevel.valueOf(level), Utc.read(rs, "referred_at"),
                            strategy == null ? null : strategy.toLocalDate(), Utc.read(rs, "strategy_at"),
                            rs.getString("next_step") == null ? "" : rs.getString("next_step"), rs.getLong("referrals"),
                            rs.getLong("s47s"));
                });
    }

    /** Due a decision (decided, or undecided past the deadline); late: not decided by the deadline. */
    private static String due(boolean lateOnly) {
        String due = "(x.first_at is not null or x.deadline < :now)";
        return lateOnly ? due + " and (x.first_at is null or x.first_at > x.deadline)" : due;
    }
}
