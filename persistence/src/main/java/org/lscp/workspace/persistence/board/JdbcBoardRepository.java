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
import java.util.TreeMap;
import java.time.YearMonth;
import org.lscp.workspace.domain.board.model.AnnexARow;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.DiscussionRecord;
import org.lscp.workspace.domain.board.model.EscalationCounts;
import org.lscp.workspace.domain.frontdoor.model.SectionFortySeven;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.board.model.GroupCounts;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.SourceGroup;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The board's figures as SQL aggregates: the front-door measures from the read model's day totals (BoardReadModel;
 * imported history excluded, it has no decisions) plus the undecided contacts already late, read live; flags,
 * escalations and the plan's actions from their tables. The drill-down and Annex A read the records themselves.
 */
@Component
class JdbcBoardRepository implements BoardRepository {
    private static final String S47 = levelsFrom(ThresholdLevel.STRATEGY_DISCUSSION);
    private static final String CIN = levelsFrom(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
    /** The period's contacts with their first decision and current decision. */
    private static final String CONTACTS = """
            select c.id, c.reference, c.rag, c.source_agency_id, c.source, c.received_at, c.deadline, c.disclosure,
                   %s abuse,
                   (select min(d.decided_at) from threshold_decision d where d.contact_id = c.id) first_at,
                   cd.level, cd.cp_medical_considered
              from contact c
              left join threshold_decision cd on cd.contact_id = c.id and cd.current = true
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
               and c.channel <> 'IMPORTED' and (:agency is null or c.source_agency_id = :agency)""".formatted(BoardReadModel.ABUSE);
    /**
     * The read model's day totals (see BoardReadModel), by RAG, source (agency; for contacts from none, Annex A
     * source) and current level.
     */
    private static final String DAYS = """
            select rag, source_agency_id, source, level, sum(contacts) contacts, sum(decided) decided, sum(in_time) in_time,
                   sum(abuse_disclosures) abuse_disclosures, sum(abuse) abuse, sum(abuse_medical) abuse_medical,
                   sum(repeats) repeats, sum(overseen_in_time) overseen_in_time, sum(oversight_due) oversight_due
              from board_day
             where partnership_id = :p and day between :fromDay and :toDay
               and (:agency is null or source_agency_id = :agency)
             group by rag, source_agency_id, source, level
             order by null""";
    /** Undecided contacts already past their deadline: late, and so due; few (the open queue), counted as of now. */
    private static final String UNDECIDED_LATE = """
            select rag, source_agency_id, source, count(*) n
              from board_contact
             where partnership_id = :p and decided = 0 and deadline < :now
               and day between :fromDay and :toDay and (:agency is null or source_agency_id = :agency)
             group by rag, source_agency_id, source
             order by null""";
    /** DAYS and UNDECIDED_LATE month by month: both read one table with a day column. */
    private static final String DAYS_BY_MONTH = byMonth(DAYS);
    private static final String UNDECIDED_LATE_BY_MONTH = byMonth(UNDECIDED_LATE);
    private static final String FLAGS = """
            select f.type, count(*) raised, sum(f.resolved_at is null) open_count,
                   sum(f.resolved_at is not null) resolved
              from contact_flag f join contact c on c.id = f.contact_id
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
               and (:agency is null or c.source_agency_id = :agency)
             group by f.type""";
    private static final String ESCALATION_SCOPE = " " + """
             where e.partnership_id = :p and e.raised_at >= :from and e.raised_at < :to
               and (:agency is null or e.raising_agency_id = :agency or e.responding_agency_id = :agency)""";
    private static final String ACTIONS = """
            select count(*) total, coalesce(sum(a.status = 'COMPLETE'), 0) complete,
                   coalesce(sum(a.status <> 'COMPLETE' and a.due_date < :today), 0) overdue
              from improvement_action a
             where a.partnership_id = :p
               and (:agency is null or exists (select 1 from action_agency aa where aa.action_id = a.id
                                                and aa.agency_id = :agency))""";
    /**
     * After the front door: the period's contacts whose current decision calls for a strategy discussion, each with its
     * latest discussion, keyed (%1$s: the period, or its months by the contact's London day received); lateness is
     * what the rules flagged (FlagRules, by the partnership's working calendar), so SQL need not count working days: a
     * flag the rules later cleared (a discussion recorded after the sweep, held in time) does not count; one a manager
     * resolved does, since a reason does not make it in time.
     */
    private static final String PROTECTION_CONTACTS = """
            select %1$s k, c.id contact_id, c.reference, c.source_agency_id, c.source, c.received_at, d.decided_at,
                   s.id, s.held_at, s.enquiry enquiry_kind, s.conference_unnecessary, s.conference_date,
                   s.conference_plan,
                   coalesce(s.enquiry in ('SINGLE_AGENCY', 'JOINT_WITH_POLICE'), false) enquiry,
                   exists (select 1 from contact_flag f where f.contact_id = c.id
                            and f.type = 'STRATEGY_DISCUSSION_LATE'
                            and (f.resolution is null or f.resolution <> :cleared)) late_discussion,
                   exists (select 1 from contact_flag f where f.contact_id = c.id
                            and f.type = 'ICPC_LATE'
                            and (f.resolution is null or f.resolution <> :cleared)) late_conference,
                   exists (select 1 from discussion_invitation i join agency a on a.id = i.agency_id
                            where i.discussion_id = s.id and a.kind = 'POLICE' and i.took_part) police,
                   exists (select 1 from discussion_invitation i join agency a on a.id = i.agency_id
                            where i.discussion_id = s.id and a.kind = 'HEALTH' and i.took_part) health
              from contact c
              join threshold_decision d on d.contact_id = c.id and d.current = true and d.level in %2$s
              left join strategy_discussion s on s.id = (select s2.id from strategy_discussion s2
                                                          where s2.contact_id = c.id
                                                          order by s2.held_at desc, s2.id desc limit 1)
             where c.partnership_id = :p and c.received_at >= :from and c.received_at < :to
               and (:agency is null or c.source_agency_id = :agency)""";
    /** PROTECTION_CONTACTS counted per key. */
    private static final String PROTECTION = """
            select k, count(*) calls,
                   coalesce(sum(x.id is not null or late_discussion), 0) due,
                   coalesce(sum(x.id is not null and not late_discussion), 0) held_in_time,
                   coalesce(sum(x.id is not null), 0) held,
                   coalesce(sum(police), 0) police, coalesce(sum(health), 0) health,
                   coalesce(sum(police and health), 0) both_present,
                   coalesce(sum(enquiry), 0) enquiries,
                   coalesce(sum(enquiry and x.conference_date is not null), 0) to_conference,
                   coalesce(sum(enquiry and (x.conference_date is not null or late_conference)), 0) conferences_due,
                   coalesce(sum(enquiry and x.conference_date is not null and not late_conference), 0)
                       conferences_in_time,
                   coalesce(sum(enquiry and x.conference_plan is not null), 0) conferences_decided,
                   coalesce(sum(enquiry and x.conference_plan), 0) with_plan
              from (%s) x
             group by k""";
    private final NamedParameterJdbcTemplate jdbc;

    JdbcBoardRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(PartnershipId partnership, MeasureFilter filter, Instant now) {
        return new MapSqlParameterSource("p", partnership.value())
                .addValue("from", Utc.of(filter.period().start())).addValue("to", Utc.of(filter.period().endExclusive()))
                .addValue("agency", filter.agency() == null ? null : filter.agency().value())
                .addValue("fromDay", Date.valueOf(filter.period().from()))
                .addValue("toDay", Date.valueOf(filter.period().to()))
                .addValue("now", Utc.of(now))
                .addValue("today", Date.valueOf(LocalDate.ofInstant(now, London.ZONE)))
                .addValue("cleared", org.lscp.workspace.domain.frontdoor.model.Flag.CLEARED);
    }

    @Override
    public BoardFigures figures(PartnershipId partnership, MeasureFilter filter, Instant now) {
        MapSqlParameterSource params = params(partnership, filter, now);
        Tally tally = new Tally();
        jdbc.query(DAYS, params, tally::add);
        jdbc.query(UNDECIDED_LATE, params, tally::late);
        Map<FlagType, BoardFigures.FlagCounts> flags = new EnumMap<>(FlagType.class);
        jdbc.query(FLAGS, params, rs -> {
            flags.put(FlagType.valueOf(rs.getString("type")), new BoardFigures.FlagCounts(rs.getLong("raised"),
                    rs.getLong("open_count"), rs.getLong("resolved")));
        });
        return tally.figures(flags, escalations(params), actions(params),
                protection(params, "'all'").getOrDefault("all", BoardFigures.ProtectionCounts.NONE));
    }

    @Override
    public Map<YearMonth, BoardFigures> monthly(PartnershipId partnership, MeasureFilter filter, Instant now) {
        MapSqlParameterSource params = params(partnership, filter, now);
        Map<YearMonth, Tally> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(filter.period().from()); !m.isAfter(YearMonth.from(filter.period().to()));
             m = m.plusMonths(1)) {
            months.put(m, new Tally());
        }
        jdbc.query(DAYS_BY_MONTH, params, rs -> {
            months.get(YearMonth.parse(rs.getString("month"))).add(rs);
        });
        jdbc.query(UNDECIDED_LATE_BY_MONTH, params, rs -> {
            months.get(YearMonth.parse(rs.getString("month"))).late(rs);
        });
        Map<YearMonth, EscalationCounts> escalations = escalationsByMonth(params);
        BoardFigures.ActionCounts actions = actions(params);
        Map<String, BoardFigures.ProtectionCounts> protection = protection(params, "date_format("
                + BoardReadModel.londonDay("c.received_at") + ", '%Y-%m')");
        Map<YearMonth, BoardFigures> figures = new TreeMap<>();
        months.forEach((m, tally) -> figures.put(m, tally.figures(Map.of(),
                escalations.getOrDefault(m, EscalationCounts.NONE), actions,
                protection.getOrDefault(m.toString(), BoardFigures.ProtectionCounts.NONE))));
        return figures;
    }

    private static String byMonth(String byDay) {
        return byDay.replaceFirst("select ", "select date_format(day, '%Y-%m') month, ")
                .replace("group by ", "group by month, ");
    }

    private Map<String, BoardFigures.ProtectionCounts> protection(MapSqlParameterSource params, String key) {
        Map<String, BoardFigures.ProtectionCounts> byKey = new HashMap<>();
        jdbc.query(PROTECTION.formatted(PROTECTION_CONTACTS.formatted(key, S47)), params, rs -> {
            byKey.put(rs.getString("k"), new BoardFigures.ProtectionCounts(rs.getLong("due"),
                    rs.getLong("held_in_time"), rs.getLong("held"), rs.getLong("police"), rs.getLong("health"),
                    rs.getLong("both_present"), rs.getLong("enquiries"), rs.getLong("to_conference"),
                    rs.getLong("conferences_due"), rs.getLong("conferences_in_time"),
                    rs.getLong("conferences_decided"), rs.getLong("with_plan")));
        });
        return byKey;
    }

    private BoardFigures.ActionCounts actions(MapSqlParameterSource params) {
        return jdbc.queryForObject(ACTIONS, params, (rs, n) -> new BoardFigures.ActionCounts(rs.getLong("total"),
                rs.getLong("complete"), rs.getLong("overdue")));
    }

    /** Sums the read model's rows into groups by RAG and source, levels and oversight. */
    private static final class Tally {
        // contacts, due, in time, cin, s47, decided, abuse disclosures, to strategy, abuse at s47, with medical, repeats
        private final Map<Map.Entry<Rag, SourceGroup>, long[]> groups = new LinkedHashMap<>();
        private final Map<ThresholdLevel, Long> levels = new EnumMap<>(ThresholdLevel.class);
        private final long[] oversight = new long[2];

        private long[] group(java.sql.ResultSet rs) throws java.sql.SQLException {
            long agency = rs.getLong("source_agency_id"); // 0: from no agency, grouped by its source
            SourceGroup source = agency != 0 ? SourceGroup.of(new AgencyId(agency))
                    : SourceGroup.of(ContactSource.ofCode(rs.getString("source")).orElseThrow());
            return groups.computeIfAbsent(Map.entry(Rag.valueOf(rs.getString("rag")), source), k -> new long[11]);
        }

        void add(java.sql.ResultSet rs) throws java.sql.SQLException {
            long[] g = group(rs);
            String name = rs.getString("level");
            ThresholdLevel level = name == null || name.isEmpty() ? null : ThresholdLevel.valueOf(name);
            long contacts = rs.getLong("contacts");
            long decided = rs.getLong("decided");
            g[0] += contacts;
            g[1] += decided;
            g[2] += rs.getLong("in_time");
            if (level != null && level.atLeast(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT)) g[3] += contacts;
            if (level != null && level.atLeast(ThresholdLevel.STRATEGY_DISCUSSION)) {
                g[4] += contacts;
                g[7] += rs.getLong("abuse_disclosures");
                g[8] += rs.getLong("abuse");
                g[9] += rs.getLong("abuse_medical");
            }
            g[5] += decided;
            g[6] += rs.getLong("abuse_disclosures");
            g[10] += rs.getLong("repeats");
            if (level != null) levels.merge(level, contacts, Long::sum);
            oversight[0] += rs.getLong("overseen_in_time");
            oversight[1] += rs.getLong("oversight_due");
        }

        /** Undecided contacts past their deadline are due a decision (and late). */
        void late(java.sql.ResultSet rs) throws java.sql.SQLException {
            group(rs)[1] += rs.getLong("n");
        }

        BoardFigures figures(Map<FlagType, BoardFigures.FlagCounts> flags, EscalationCounts escalations,
                             BoardFigures.ActionCounts actions, BoardFigures.ProtectionCounts protection) {
            List<GroupCounts> counts = new ArrayList<>();
            groups.forEach((key, s) -> counts.add(new GroupCounts(key.getKey(), key.getValue(), s[0], s[1], s[2], s[3],
                    s[4], s[5], s[6], s[7], s[8], s[9], s[10])));
            return new BoardFigures(counts, levels, flags, new Ratio(oversight[0], oversight[1]), escalations,
                    actions, protection);
        }
    }

    private EscalationCounts escalations(MapSqlParameterSource params) {
        return escalations(params, "'all'").getOrDefault("all", EscalationCounts.NONE);
    }

    private Map<YearMonth, EscalationCounts> escalationsByMonth(MapSqlParameterSource params) {
        Map<YearMonth, EscalationCounts> byMonth = new HashMap<>();
        escalations(params, "date_format(" + BoardReadModel.londonDay("e.raised_at") + ", '%Y-%m')")
                .forEach((month, counts) -> byMonth.put(YearMonth.parse(month), counts));
        return byMonth;
    }

    /** Escalation counts per key (the whole period, or its months). */
    private Map<String, EscalationCounts> escalations(MapSqlParameterSource params, String key) {
        record Sums(Map<AgencyId, Long> byAgency, Map<Integer, Long> byStage, Map<EscalationOutcome, Long> outcomes,
                    long[] totals) {
        }
        Map<String, Sums> sums = new HashMap<>();
        jdbc.query("select " + key + " k, e.raising_agency_id, e.stage, e.status, e.outcome,"
                + " sum(e.status = 'OPEN' and e.stage_deadline < :now) overdue, count(*) n from escalation e"
                + ESCALATION_SCOPE + " group by k, e.raising_agency_id, e.stage, e.status, e.outcome", params, rs -> {
            Sums s = sums.computeIfAbsent(rs.getString("k"), k -> new Sums(new HashMap<>(), new HashMap<>(),
                    new EnumMap<>(EscalationOutcome.class), new long[4])); // raised, resolved, at 1–2, overdue
            long n = rs.getLong("n");
            int stage = rs.getInt("stage");
            s.totals()[0] += n;
            s.byAgency().merge(new AgencyId(rs.getLong("raising_agency_id")), n, Long::sum);
            s.byStage().merge(stage, n, Long::sum);
            if ("RESOLVED".equals(rs.getString("status"))) {
                s.totals()[1] += n;
                if (stage <= 2) s.totals()[2] += n;
            }
            s.totals()[3] += rs.getLong("overdue");
            String outcome = rs.getString("outcome");
            if (outcome != null) s.outcomes().merge(EscalationOutcome.valueOf(outcome), n, Long::sum);
        });
        Map<String, Long> disputed = new HashMap<>();
        jdbc.query("select " + key + " k, count(distinct e.decision_id) n from escalation e" + ESCALATION_SCOPE
                + " group by k", params, rs -> {
            disputed.put(rs.getString("k"), rs.getLong("n"));
        });
        Map<String, EscalationCounts> counts = new HashMap<>();
        sums.forEach((k, s) -> counts.put(k, new EscalationCounts(s.totals()[0], s.byAgency(), s.byStage(),
                s.totals()[1], s.totals()[2], s.totals()[3], s.outcomes(), disputed.getOrDefault(k, 0L))));
        return counts;
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
                    long agency = rs.getLong("source_agency_id"); // 0 when NULL: from no partner agency
                    return new DecisionRecord(new ContactId(rs.getLong("id")), rs.getString("reference"),
                            agency == 0 ? null : new AgencyId(agency),
                            ContactSource.ofCode(rs.getString("source")).orElseThrow(), Rag.valueOf(rs.getString("rag")),
                            Utc.read(rs, "received_at"), Utc.read(rs, "deadline"), Utc.read(rs, "first_at"),
                            level == null ? null : ThresholdLevel.valueOf(level));
                });
    }

    @Override
    public List<DiscussionRecord> discussions(PartnershipId partnership, MeasureFilter filter, Instant now,
                                              PageRequest page) {
        return jdbc.query("select * from (" + PROTECTION_CONTACTS.formatted("'all'", S47)
                        + ") x order by x.received_at desc, x.contact_id desc limit :limit offset :offset",
                params(partnership, filter, now).addValue("limit", page.limit()).addValue("offset", page.offset()),
                (rs, n) -> {
                    long agency = rs.getLong("source_agency_id"); // 0 when NULL: from no partner agency
                    String enquiry = rs.getString("enquiry_kind");
                    Date conference = rs.getDate("conference_date");
                    return new DiscussionRecord(new ContactId(rs.getLong("contact_id")), rs.getString("reference"),
                            agency == 0 ? null : new AgencyId(agency),
                            ContactSource.ofCode(rs.getString("source")).orElseThrow(), Utc.read(rs, "decided_at"),
                            Utc.read(rs, "held_at"), rs.getBoolean("late_discussion"), rs.getBoolean("police"),
                            rs.getBoolean("health"), enquiry == null ? null : SectionFortySeven.valueOf(enquiry),
                            bool(rs, "conference_unnecessary"), conference == null ? null : conference.toLocalDate(),
                            rs.getBoolean("late_conference"), bool(rs, "conference_plan"));
                });
    }

    @Override
    public long countDiscussions(PartnershipId partnership, MeasureFilter filter, Instant now) {
        Long n = jdbc.queryForObject("select count(*) from (" + PROTECTION_CONTACTS.formatted("'all'", S47) + ") x",
                params(partnership, filter, now), Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public long countDecisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly, Instant now) {
        Long n = jdbc.queryForObject("select count(*) from (" + CONTACTS + ") x where " + due(lateOnly),
                params(partnership, filter, now), Long.class);
        return n == null ? 0 : n;
    }

    private static final String ANNEX_A = """
            select c.child_case_id, c.child_gender, c.child_ethnicity, c.child_dob, c.received_at, c.source,
                   c.child_disability, c.allocated_team, c.allocated_worker,
                   cd.level, cd.next_step, cd.strategy_discussion_date,
                   sd.held_at discussion_held_at, sd.conference_unnecessary, sd.conference_date, sd.conference_plan,
                   (select count(distinct e.id) from contact e join strategy_discussion es on es.contact_id = e.id
                     where e.partnership_id = c.partnership_id and e.child_case_id = c.child_case_id
                       and e.received_at < c.received_at and e.received_at >= c.received_at - interval 12 month
                       and es.conference_date is not null) icpcs,
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
                       and (exists (select 1 from threshold_decision d where d.contact_id = e.id
                                    and d.level in %1$s)
                            or exists (select 1 from strategy_discussion es where es.contact_id = e.id))) s47s
              from contact c
              left join threshold_decision cd on cd.contact_id = c.id and cd.current = true
              left join strategy_discussion sd on sd.id = (select s2.id from strategy_discussion s2
                                                            where s2.contact_id = c.id
                                                            order by s2.held_at desc, s2.id desc limit 1)
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
                            Utc.read(rs, "received_at"), ContactSource.ofCode(rs.getString("source")).orElseThrow(),
                            level == null ? null : ThresholdLevel.valueOf(level), Utc.read(rs, "referred_at"),
                            strategy == null ? null : strategy.toLocalDate(), Utc.read(rs, "strategy_at"),
                            rs.getString("next_step") == null ? "" : rs.getString("next_step"), rs.getLong("referrals"),
                            rs.getLong("s47s"), protection(rs));
                });
    }

    private static AnnexARow.Protection protection(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant held = Utc.read(rs, "discussion_held_at");
        Date conference = rs.getDate("conference_date");
        String team = rs.getString("allocated_team");
        return new AnnexARow.Protection(Disability.valueOf(rs.getString("child_disability")),
                team == null ? null : new Allocation(team, rs.getString("allocated_worker")),
                held == null ? null : LocalDate.ofInstant(held, London.ZONE), bool(rs, "conference_unnecessary"),
                conference == null ? null : conference.toLocalDate(), bool(rs, "conference_plan"), rs.getLong("icpcs"));
    }

    private static @org.jspecify.annotations.Nullable Boolean bool(java.sql.ResultSet rs, String column)
            throws java.sql.SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** Due a decision (decided, or undecided past the deadline); late: not decided by the deadline. */
    private static String due(boolean lateOnly) {
        String due = "(x.first_at is not null or x.deadline < :now)";
        return lateOnly ? due + " and (x.first_at is null or x.first_at > x.deadline)" : due;
    }

    /** The SQL list of the levels at or above {@code from} ("('STRATEGY_DISCUSSION', …)"), from the domain's order. */
    private static String levelsFrom(ThresholdLevel from) {
        return java.util.Arrays.stream(ThresholdLevel.values()).filter(l -> l.atLeast(from))
                .map(l -> "'" + l.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
