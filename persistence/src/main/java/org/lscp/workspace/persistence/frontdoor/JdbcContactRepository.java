package org.lscp.workspace.persistence.frontdoor;

import org.lscp.workspace.persistence.shared.VersionedSave;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Assignment;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactKey;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.NotSameChild;
import org.lscp.workspace.domain.frontdoor.model.OversightRow;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.persistence.shared.Like;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Contacts over JDBC: the queue is one indexed query with only the filters in use, sorted by deadline. Child
 * fields are only ever read by the domain, which decides who sees them.
 */
@Component
class JdbcContactRepository implements ContactRepository {
    private static final String COLUMNS = """
            c.id, c.partnership_id, c.reference, c.received_at, c.source_agency_id, c.source, c.referrer, c.channel,
            c.child_case_id, c.child_name, c.child_dob, c.child_gender, c.child_ethnicity, c.child_disability,
            c.concerns, c.disclosure, c.summary, c.consent, c.rag, c.deadline, c.submitted_by, c.assigned_to,
            c.assigned_to_name, c.allocated_team, c.allocated_worker, c.decided, c.version""";
    private static final String INSERT = """
            insert into contact (id, partnership_id, reference, received_at, source_agency_id, source, referrer,
              channel, child_case_id, child_name, child_dob, child_gender, child_ethnicity, child_disability, concerns,
              disclosure, summary, consent, rag, deadline, submitted_by, assigned_to, assigned_to_name, decided, version)
            values (:id, :p, :reference, :received, :agency, :source, :referrer, :channel, :caseId, :name, :dob, :gender,
              :ethnicity, :disability, :concerns, :disclosure, :summary, :consent, :rag, :deadline, :submittedBy, :assignedTo,
              :assignedToName, :decided, 0)""";
    /** Positional, for JDBC batches: no per-row parameter maps. */
    private static final String BULK_INSERT = """
            insert into contact (id, partnership_id, reference, received_at, source_agency_id, source, referrer,
              channel, child_case_id, child_name, child_dob, child_gender, child_ethnicity, concerns, disclosure,
              summary, consent, rag, deadline, submitted_by, decided, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private final NamedParameterJdbcTemplate jdbc;

    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    JdbcContactRepository(NamedParameterJdbcTemplate jdbc,
                          org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Contact insert(Contact contact, int year) {
        var counter = new MapSqlParameterSource("p", contact.partnershipId().value()).addValue("y", year).addValue("n", 1);
        nextNumbers(counter);
        Integer number = jdbc.queryForObject("select last_number from contact_reference_counter"
                + " where partnership_id = :p and year = :y", counter, Integer.class);
        String reference = "C-%d-%06d".formatted(year, number);
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(contact_seq)", Long.class);
        jdbc.update(INSERT, params(contact).addValue("id", id).addValue("reference", reference));
        for (RecommendationId r : contact.recommendations()) {
            jdbc.update("insert into contact_recommendation (contact_id, recommendation_id) values (:c, :r)",
                    new MapSqlParameterSource("c", id).addValue("r", r.value()));
        }
        return find(contact.partnershipId(), new ContactId(id)).orElseThrow();
    }

    /**
     * One counter update per year and JDBC batches of 1,000; ids come from the pooled sequence (50 a call). Rows go
     * in the order they were received, so references follow the calendar and the date-led indexes fill in order
     * (on a million-row table that halves the page reads of an import; see ./workspace bench).
     */
    @Override
    public int insertAll(List<Contact> batch) {
        var byYear = batch.stream().sorted(java.util.Comparator.comparing(Contact::receivedAt))
                .collect(Collectors.groupingBy(c -> java.time.LocalDate.ofInstant(c.receivedAt(), London.ZONE).getYear(),
                        java.util.TreeMap::new, Collectors.toList()));
        long nextId = 0;
        int idsLeft = 0;
        for (var entry : byYear.entrySet()) {
            List<Contact> year = entry.getValue();
            var counter = new MapSqlParameterSource("p", year.getFirst().partnershipId().value())
                    .addValue("y", entry.getKey()).addValue("n", year.size());
            nextNumbers(counter);
            Integer last = jdbc.queryForObject("select last_number from contact_reference_counter"
                    + " where partnership_id = :p and year = :y", counter, Integer.class);
            int number = last - year.size();
            List<Object[]> rows = new ArrayList<>(year.size());
            for (Contact c : year) {
                if (idsLeft == 0) {
                    nextId = jdbc.getJdbcTemplate().queryForObject("select nextval(contact_seq)", Long.class);
                    idsLeft = 50;
                }
                rows.add(new Object[] {nextId++, c.partnershipId().value(), "C-%d-%06d".formatted(entry.getKey(), ++number),
                        Utc.of(c.receivedAt()), agencyId(c), c.source().code(), c.referrer(), c.channel().name(),
                        c.child().caseSystemId(), c.child().name(),
                        c.child().dateOfBirth() == null ? null : java.sql.Date.valueOf(c.child().dateOfBirth()),
                        c.child().gender().name(), c.child().ethnicity().name(),
                        c.concerns().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), c.disclosure(),
                        c.summary(), c.consent().name(), c.rag().name(), Utc.of(c.deadline()), c.submittedBy().value(),
                        c.decided()});
                idsLeft--;
            }
            for (int from = 0; from < rows.size(); from += 1_000) {
                jdbc.getJdbcTemplate().batchUpdate(BULK_INSERT, rows.subList(from, Math.min(rows.size(), from + 1_000)));
            }
        }
        return batch.size();
    }

    /**
     * Takes the next n numbers of the (partnership, year) counter. The row is created first in its own short
     * transaction (inserting it inside concurrent transactions deadlocks on InnoDB's gap locks, as the concurrency
     * test showed); the increment then locks just that row until the caller's transaction ends, so numbers stay
     * gap-free even when a submission rolls back.
     */
    private void nextNumbers(MapSqlParameterSource counter) {
        // a plain (non-locking) read: when the row exists — always, after the year's first contact — create nothing;
        // creating it from a second transaction while this one already holds it would wait on ourselves
        Integer exists = jdbc.queryForObject("select count(*) from contact_reference_counter"
                + " where partnership_id = :p and year = :y", counter, Integer.class);
        for (int attempt = 1; exists == null || exists == 0; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update("insert ignore into contact_reference_counter"
                        + " (partnership_id, year, last_number) values (:p, :y, 0)", counter));
                break;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) throw e;
            }
        }
        jdbc.update("update contact_reference_counter set last_number = last_number + :n"
                + " where partnership_id = :p and year = :y", counter);
    }

    @Override
    public Contact save(Contact contact) {
        int updated = jdbc.update("""
                update contact set assigned_to = :assignedTo, assigned_to_name = :assignedToName, decided = :decided,
                  child_disability = :disability, allocated_team = :team, allocated_worker = :worker,
                  version = version + 1
                 where id = :id and partnership_id = :p and version = :version""",
                params(contact).addValue("id", contact.requireId().value()).addValue("version", contact.version()));
        VersionedSave.requireUpdated(updated, "contact");
        return find(contact.partnershipId(), contact.requireId()).orElseThrow();
    }

    @Override
    public Optional<Contact> find(PartnershipId partnership, ContactId id) {
        return contacts("select " + COLUMNS + " from contact c where c.id = :id and c.partnership_id = :p",
                new MapSqlParameterSource("id", id.value()).addValue("p", partnership.value())).stream().findFirst();
    }

    /**
     * One run of the queue's order: the rows matching {@code condition}, read in {@code order} (an index's order).
     * {@code fits} says whether the member's filter can match any of them at all.
     */
    private record Run(String condition, String order, boolean fits) {
    }

    /**
     * The runs a sort reads, in order. Most urgent first (QueueRow.mostUrgentFirst) is five runs: overdue red, overdue
     * amber, overdue green (ix_contact_open_rag), the rest awaiting a decision by deadline (ix_contact_queue), then
     * decided ones newest first (ix_contact_decided_received). Every other sort is one run.
     */
    private static List<Run> runs(ContactFilter filter) {
        String newerFirst = ", c.id desc";
        return switch (filter.sort()) {
            case RECEIVED_NEWEST -> List.of(new Run("true", "c.received_at desc" + newerFirst, true));
            case RECEIVED_OLDEST -> List.of(new Run("true", "c.received_at" + newerFirst, true));
            case DUE_SOONEST -> List.of(new Run("true", "c.deadline" + newerFirst, true));
            case DUE_LATEST -> List.of(new Run("true", "c.deadline desc" + newerFirst, true));
            case MOST_URGENT -> {
                boolean open = !Boolean.FALSE.equals(filter.open());
                List<Run> runs = new ArrayList<>();
                for (Rag rag : Rag.values()) {
                    runs.add(new Run("c.decided = 0 and c.rag = '" + rag.name() + "' and c.deadline <= :now",
                            "c.deadline, c.id", open && (filter.rag() == null || filter.rag() == rag)));
                }
                runs.add(new Run("c.decided = 0 and c.deadline > :now", "c.deadline, c.id", open));
                runs.add(new Run("c.decided = 1", "c.received_at desc" + newerFirst,
                        !Boolean.TRUE.equals(filter.open())));
                yield runs;
            }
        };
    }

    /**
     * A page of the queue, at the same speed at any depth: the page's offset is located run by run (counting a run
     * only to skip past it, through its index), the page's ids are read from the index of the run or runs it falls
     * in, and only those rows are then read in full. Reading every run up to the page's end and sorting the union
     * took 585 ms at offset 5,000 of 30,000 open contacts.
     */
    @Override
    public List<QueueRow> queue(PartnershipId partnership, ContactFilter filter, @Nullable AgencyId onlyAgency,
                                Instant now, PageRequest page) {
        var params = new MapSqlParameterSource();
        String where = where(partnership, filter, onlyAgency, params);
        params.addValue("now", Utc.of(now));
        List<Run> runs = runs(filter).stream().filter(Run::fits).toList();
        int skip = page.offset();
        List<Long> ids = new ArrayList<>(page.limit());
        for (int i = 0; i < runs.size() && ids.size() < page.limit(); i++) {
            Run run = runs.get(i);
            String matching = " from contact c" + where + " and " + run.condition();
            if (skip > 0 && i < runs.size() - 1) {
                Long inRun = jdbc.queryForObject("select count(*)" + matching, params, Long.class);
                if (inRun != null && skip >= inRun) {
                    skip -= inRun.intValue();
                    continue;
                }
            }
            var runParams = new MapSqlParameterSource(params.getValues()).addValue("limit", page.limit() - ids.size())
                    .addValue("offset", skip);
            ids.addAll(jdbc.queryForList("select c.id" + matching + " order by " + run.order()
                    + " limit :limit offset :offset", runParams, Long.class));
            skip = 0;
        }
        if (ids.isEmpty()) return List.of();
        List<QueueRow> rows = new ArrayList<>(jdbc.query(QUEUE_COLUMNS
                + " from contact c left join agency a on a.id = c.source_agency_id where c.id in (:ids)",
                new MapSqlParameterSource("ids", ids), JdbcContactRepository::row));
        // the runs' index order, with the domain's tie-breaks (red before amber when due at once) within the page
        rows.sort(filter.sort().comparator(now));
        return rows;
    }

    private static final String QUEUE_COLUMNS = """
            select c.id, c.reference, c.received_at, c.child_name, a.name agency, a.short_name agency_short, c.rag,
                   c.deadline, c.decided, c.assigned_to_name, c.source,
                   (select count(*) from contact_flag f where f.contact_id = c.id and f.resolved_at is null) flags
            """;

    private static QueueRow row(ResultSet rs, int n) throws SQLException {
        return new QueueRow(new ContactId(rs.getLong("id")), rs.getString("reference"), instant(rs, "received_at"),
                rs.getString("child_name"), fromAgencyOrSource(rs), agencyLabel(rs), Rag.valueOf(rs.getString("rag")),
                instant(rs, "deadline"), rs.getBoolean("decided"),
                rs.getString("assigned_to_name") == null ? "" : rs.getString("assigned_to_name"), rs.getInt("flags"));
    }

    @Override
    public long count(PartnershipId partnership, ContactFilter filter, @Nullable AgencyId onlyAgency) {
        var params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from contact c " + where(partnership, filter, onlyAgency,
                params), params, Long.class);
        return count == null ? 0 : count;
    }

    private String where(PartnershipId partnership, ContactFilter filter, @Nullable AgencyId onlyAgency,
                                MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where c.partnership_id = :p");
        params.addValue("p", partnership.value());
        if (filter.open() != null) {
            where.append(" and c.decided = :decided");
            params.addValue("decided", !filter.open());
        }
        if (filter.rag() != null) {
            where.append(" and c.rag = :rag");
            params.addValue("rag", filter.rag().name());
        }
        if (filter.sourceAgency() != null) {
            where.append(" and c.source_agency_id = :source");
            params.addValue("source", filter.sourceAgency().value());
        }
        if (filter.receivedFrom() != null) {
            where.append(" and c.received_at >= :from");
            params.addValue("from", Utc.of(London.startOf(filter.receivedFrom())));
        }
        if (filter.receivedTo() != null) {
            where.append(" and c.received_at < :to");
            params.addValue("to", Utc.of(London.startOfDayAfter(filter.receivedTo())));
        }
        if (filter.search() != null) {
            where.append(search(filter, params));
        }
        if (filter.flag() != null) {
            where.append(" and exists (select 1 from contact_flag f where f.contact_id = c.id and f.type = :flag"
                    + " and f.resolved_at is null)");
            params.addValue("flag", filter.flag().name());
        }
        if (onlyAgency != null) {
            where.append(" and (c.source_agency_id = :scope or exists (select 1 from agency_check k"
                    + " where k.contact_id = c.id and k.agency_id = :scope))");
            params.addValue("scope", onlyAgency.value());
        }
        return where.toString();
    }

    /**
     * The search (ContactFilter.found) through an index for each way of finding: the reference's number as a prefix of
     * the reference reversed, the case-system id, and the words of the child's name in the full-text index (words of
     * three letters or more; shorter ones, which it does not hold, are checked on the rows it finds). The matches are
     * collected first and the other filters read only those. A search of short words alone has no index to use: it is
     * checked on the rows the other filters let through.
     */
    private String search(ContactFilter filter, MapSqlParameterSource params) {
        int indexedFrom = fullTextMinWord();
        String reversed = new StringBuilder(filter.search()).reverse().toString();
        params.addValue("search", filter.search()).addValue("reversed", Like.startsWith(reversed));
        List<String> words = filter.nameWords();
        List<String> indexed = words.stream().filter(w -> w.length() >= indexedFrom).toList();
        StringBuilder shortWords = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() >= indexedFrom) continue;
            // a word of the name starting with it (the words are letters and digits only: nothing to escape)
            shortWords.append(" and c.child_name regexp :word").append(i);
            params.addValue("word" + i, "(*UCP)(^|[^[:alnum:]])" + words.get(i));
        }
        if (indexed.isEmpty()) {
            return " and (c.reference_reversed like :reversed escape '!' or c.child_case_id = :search"
                    + (words.isEmpty() ? "" : " or (" + shortWords.substring(" and ".length()) + ")") + ")";
        }
        params.addValue("words", String.join(" ", indexed.stream().map(w -> "+" + w + "*").toList()));
        return " and c.id in (select m.id from ("
                + "select id from contact where partnership_id = :p and reference_reversed like :reversed escape '!'"
                + " union select id from contact where partnership_id = :p and child_case_id = :search"
                + " union select id from contact c where partnership_id = :p"
                + " and match(child_name) against (:words in boolean mode)" + shortWords + ") m)";
    }

    /** The server's shortest word in a full-text index (innodb_ft_min_token_size: 3 unless its DBA changed it). */
    private int fullTextMinWord() {
        Integer known = fullTextMinWord;
        if (known == null) {
            known = jdbc.getJdbcTemplate().queryForObject("select @@innodb_ft_min_token_size", Integer.class);
            fullTextMinWord = known = known == null ? 3 : known;
        }
        return known;
    }

    private volatile @Nullable Integer fullTextMinWord;

    @Override
    public List<Contact> forChild(PartnershipId partnership, String caseSystemId) {
        return contacts("select " + COLUMNS + " from contact c where c.partnership_id = :p and c.child_case_id = :child"
                        + " order by c.received_at desc, c.id desc",
                new MapSqlParameterSource("p", partnership.value()).addValue("child", caseSystemId));
    }

    @Override
    public long countForChild(PartnershipId partnership, String caseSystemId, Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from contact where partnership_id = :p"
                        + " and child_case_id = :child and received_at between :from and :to",
                new MapSqlParameterSource("p", partnership.value()).addValue("child", caseSystemId)
                        .addValue("from", Utc.of(from)).addValue("to", Utc.of(to)), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * From the child index (partnership, child, received): the contacts of up to 500 children at a time received
     * between the earliest and latest of their keys' days, matched to the keys here by London day and source.
     */
    @Override
    public Map<ContactKey, ContactKey.Recorded> recorded(PartnershipId partnership, Collection<ContactKey> keys) {
        Map<String, List<ContactKey>> byChild = keys.stream().collect(Collectors.groupingBy(
                k -> k.childId().toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
        List<String> children = new ArrayList<>(byChild.keySet());
        Map<ContactKey, ContactKey.Recorded> found = new HashMap<>();
        for (int from = 0; from < children.size(); from += 500) {
            List<String> chunk = children.subList(from, Math.min(children.size(), from + 500));
            List<ContactKey> wanted = chunk.stream().flatMap(c -> byChild.get(c).stream()).toList();
            LocalDate first = wanted.stream().map(ContactKey::day).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = wanted.stream().map(ContactKey::day).max(Comparator.naturalOrder()).orElseThrow();
            jdbc.query("""
                    select child_case_id, received_at, source, reference, channel from contact
                     where partnership_id = :p and child_case_id in (:children)
                       and received_at >= :from and received_at < :to""",
                    new MapSqlParameterSource("p", partnership.value()).addValue("children", chunk)
                            .addValue("from", Utc.of(London.startOf(first)))
                            .addValue("to", Utc.of(London.startOfDayAfter(last))),
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        LocalDate day = LocalDate.ofInstant(instant(rs, "received_at"), London.ZONE);
                        ContactSource source = source(rs);
                        var recorded = new ContactKey.Recorded(rs.getString("reference"),
                                Channel.IMPORTED.name().equals(rs.getString("channel")));
                        String child = rs.getString("child_case_id").toLowerCase(Locale.ROOT);
                        for (ContactKey key : byChild.getOrDefault(child, List.of())) {
                            if (key.day().equals(day) && key.source() == source) found.putIfAbsent(key, recorded);
                        }
                    });
        }
        return found;
    }

    @Override
    public List<Contact> needingTimeChecks(PartnershipId partnership, Instant now, int limit) {
        // index-led reads, not one OR over every contact (which read the million decided ones each minute):
        // undecided and overdue without the flag yet (ix_contact_queue), decisions awaiting oversight without the
        // flag yet (ix_decision_awaiting), and two only a day or 15 days old can be late for (a strategy discussion
        // none held, a conference none set): FlagRules decides, these only find the candidates. Each read keeps its
        // own limit, oldest first, and the union is not cut again: a candidate not yet late (its due time lies after
        // the cheap cut-off) never takes another kind's place, and since the due time rises with the decision's or
        // discussion's time, when the oldest of a kind is not yet late none after it is either.
        return contacts("select " + COLUMNS + """
                         from ((select c.id from contact c
                                 where c.partnership_id = :p and c.decided = false and c.deadline < :now
                                   and not exists (select 1 from contact_flag f where f.contact_id = c.id
                                                    and f.type = 'DECISION_OVERDUE')
                                 order by c.deadline limit :limit)
                               union
                               (select c.id from threshold_decision d join contact c on c.id = d.contact_id
                                 where d.awaiting_oversight = 1 and c.partnership_id = :p and c.decided = true
                                   and not exists (select 1 from contact_flag f where f.contact_id = c.id
                                                    and f.type = 'NO_OVERSIGHT')
                                 order by d.decided_at limit :limit)
                               union
                               (select c.id from threshold_decision d join contact c on c.id = d.contact_id
                                 where d.current = true and d.level in ('STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION')
                                   and d.decided_at < :dayAgo and c.partnership_id = :p
                                   and not exists (select 1 from strategy_discussion s where s.contact_id = c.id)
                                   and not exists (select 1 from contact_flag f where f.contact_id = c.id
                                                    and f.type = 'STRATEGY_DISCUSSION_LATE'
                                                    and (f.resolution is null or f.resolution <> :cleared))
                                 order by d.decided_at limit :limit)
                               union
                               (select s.contact_id from strategy_discussion s
                                 where s.partnership_id = :p and s.enquiry in ('SINGLE_AGENCY', 'JOINT_WITH_POLICE')
                                   and s.held_at < :conferenceBefore and s.conference_date is null
                                   and coalesce(s.conference_unnecessary, false) = false
                                   and s.id = (select s2.id from strategy_discussion s2
                                                where s2.contact_id = s.contact_id
                                                order by s2.held_at desc, s2.id desc limit 1)
                                   and exists (select 1 from threshold_decision d where d.contact_id = s.contact_id
                                                and d.current = true
                                                and d.level in ('STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION'))
                                   and not exists (select 1 from contact_flag f where f.contact_id = s.contact_id
                                                    and f.type = 'ICPC_LATE'
                                                    and (f.resolution is null or f.resolution <> :cleared))
                                 order by s.held_at limit :limit)) due
                         join contact c on c.id = due.id
                        order by c.deadline""",
                new MapSqlParameterSource("p", partnership.value()).addValue("now", Utc.of(now))
                        .addValue("dayAgo", Utc.of(now.minus(Duration.ofDays(1))))
                        .addValue("conferenceBefore", Utc.of(now.minus(Duration.ofDays(
                                ProtectionTimescales.CONFERENCE_WORKING_DAYS))))
                        .addValue("limit", limit).addValue("cleared", Flag.CLEARED));
    }

    @Override
    public List<Contact> undecidedDueBetween(PartnershipId partnership, Instant from, Instant to, int limit) {
        return contacts("select " + COLUMNS + """
                         from contact c
                        where c.partnership_id = :p and c.decided = false
                          and c.deadline > :from and c.deadline <= :to
                        order by c.deadline limit :limit""",
                new MapSqlParameterSource("p", partnership.value()).addValue("from", Utc.of(from))
                        .addValue("to", Utc.of(to)).addValue("limit", limit));
    }

    private MapSqlParameterSource params(Contact c) {
        return new MapSqlParameterSource("p", c.partnershipId().value())
                .addValue("received", Utc.of(c.receivedAt())).addValue("agency", agencyId(c))
                .addValue("source", c.source().code())
                .addValue("referrer", c.referrer()).addValue("channel", c.channel().name())
                .addValue("caseId", c.child().caseSystemId()).addValue("name", c.child().name())
                .addValue("dob", c.child().dateOfBirth() == null ? null : java.sql.Date.valueOf(c.child().dateOfBirth()))
                .addValue("gender", c.child().gender().name()).addValue("ethnicity", c.child().ethnicity().name())
                .addValue("disability", c.child().disability().name())
                .addValue("team", c.allocation() == null ? null : c.allocation().team())
                .addValue("worker", c.allocation() == null ? null : c.allocation().worker())
                .addValue("concerns", c.concerns().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .addValue("disclosure", c.disclosure()).addValue("summary", c.summary())
                .addValue("consent", c.consent().name()).addValue("rag", c.rag().name())
                .addValue("deadline", Utc.of(c.deadline())).addValue("submittedBy", c.submittedBy().value())
                .addValue("assignedTo", c.assignedTo() == null ? null : c.assignedTo().value())
                .addValue("assignedToName", c.assignedToName()).addValue("decided", c.decided());
    }

    /** The contacts a query selects, with their recommendations read in one more query (not one per contact). */
    private List<Contact> contacts(String sql, MapSqlParameterSource params) {
        List<Contact> found = jdbc.query(sql, params, JdbcContactRepository::contact);
        if (found.isEmpty()) return found;
        var links = new java.util.HashMap<Long, Set<RecommendationId>>();
        jdbc.query("select contact_id, recommendation_id from contact_recommendation where contact_id in (:ids)",
                new MapSqlParameterSource("ids", found.stream().map(c -> c.requireId().value()).toList()),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> links.computeIfAbsent(rs.getLong(1),
                        k -> new java.util.HashSet<>()).add(new RecommendationId(rs.getLong(2))));
        return found.stream().map(c -> !links.containsKey(c.requireId().value()) ? c
                : c.withRecommendations(links.get(c.requireId().value()))).toList();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Set<ConcernCategory> concerns = Arrays.stream(rs.getString("concerns").split(",")).filter(s -> !s.isBlank())
                .map(ConcernCategory::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(ConcernCategory.class)));
        var dob = rs.getDate("child_dob");
        long assigned = rs.getLong("assigned_to");
        long agency = rs.getLong("source_agency_id"); // 0 when NULL: a contact from no partner agency
        return new Contact(new ContactId(id), new PartnershipId(rs.getLong("partnership_id")), rs.getString("reference"),
                new Receipt(instant(rs, "received_at"), agency == 0 ? null : new AgencyId(agency), source(rs),
                        rs.getString("referrer"), Channel.valueOf(rs.getString("channel")),
                        new MemberId(rs.getLong("submitted_by"))),
                new Child(rs.getString("child_case_id"), rs.getString("child_name"), dob == null ? null : dob.toLocalDate(),
                        Gender.valueOf(rs.getString("child_gender")), Ethnicity.valueOf(rs.getString("child_ethnicity")),
                        Disability.valueOf(rs.getString("child_disability"))),
                new Concern(concerns, rs.getBoolean("disclosure"), rs.getString("summary"),
                        ConsentBasis.valueOf(rs.getString("consent")), Rag.valueOf(rs.getString("rag"))),
                instant(rs, "deadline"),
                assigned == 0 ? null : new Assignment(new MemberId(assigned), rs.getString("assigned_to_name")),
                rs.getString("allocated_team") == null ? null
                        : new Allocation(rs.getString("allocated_team"), rs.getString("allocated_worker")),
                rs.getBoolean("decided"), Set.of(), rs.getLong("version"));
    }

    private static @Nullable Long agencyId(Contact c) {
        return c.sourceAgency() == null ? null : c.sourceAgency().value();
    }

    private static ContactSource source(ResultSet rs) throws SQLException {
        String code = rs.getString("source");
        return ContactSource.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown source " + code));
    }

    /** The queue's "From": the source agency's name, or for a contact from no agency its source ("Anonymous"). */
    @Override
    public List<Contact> possiblySameChild(PartnershipId partnership, @Nullable LocalDate dateOfBirth, String name,
                                           ContactId except, int limit) {
        // the collation compares names without case or accents; ChildMatch.reason judges exactly
        String which = dateOfBirth == null ? "c.child_name = :name"
                : "(c.child_dob = :dob or (c.child_dob is null and c.child_name = :name))";
        return contacts("select " + COLUMNS + " from contact c where c.partnership_id = :p and c.id <> :except and "
                        + which + " order by c.received_at desc, c.id desc limit :limit",
                new MapSqlParameterSource("p", partnership.value()).addValue("except", except.value())
                        .addValue("dob", dateOfBirth).addValue("name", name).addValue("limit", limit));
    }

    @Override
    public Contact identifyChild(Contact contact, String caseSystemId) {
        int updated = jdbc.update("update contact set child_case_id = :child, version = version + 1"
                        + " where id = :id and partnership_id = :p and version = :version",
                new MapSqlParameterSource("child", caseSystemId).addValue("id", contact.requireId().value())
                        .addValue("p", contact.partnershipId().value()).addValue("version", contact.version()));
        VersionedSave.requireUpdated(updated, "contact");
        return find(contact.partnershipId(), contact.requireId()).orElseThrow();
    }

    @Override
    public void notSameChild(NotSameChild judgement) {
        for (var pair : List.of(List.of(judgement.contact(), judgement.other()),
                List.of(judgement.other(), judgement.contact()))) {
            jdbc.update("""
                    insert ignore into child_match_rejection (contact_id, other_contact_id, partnership_id,
                      judged_by_name, judged_at) values (:a, :b, :p, :by, :at)""",
                    new MapSqlParameterSource("a", pair.getFirst().requireId().value())
                            .addValue("b", pair.getLast().requireId().value())
                            .addValue("p", judgement.contact().partnershipId().value())
                            .addValue("by", judgement.byName()).addValue("at", Utc.of(judgement.at())));
        }
    }

    @Override
    public java.util.Set<ContactId> notSameChildAs(ContactId contact) {
        return new java.util.HashSet<>(jdbc.query("select other_contact_id from child_match_rejection"
                        + " where contact_id = :c", new MapSqlParameterSource("c", contact.value()),
                (rs, n) -> new ContactId(rs.getLong(1))));
    }

    private static final String AWAITING_OVERSIGHT = """
             from threshold_decision d join contact c on c.id = d.contact_id
            where c.partnership_id = :p and d.awaiting_oversight = 1""";

    @Override
    public List<OversightRow> awaitingOversight(PartnershipId partnership, PageRequest page) {
        return jdbc.query("""
                select d.id, d.contact_id, c.reference, c.child_name, c.rag, d.level, d.decided_by, d.decided_by_name,
                       d.decided_at""" + AWAITING_OVERSIGHT + " order by d.decided_at, d.id limit :limit offset :offset",
                new MapSqlParameterSource("p", partnership.value()).addValue("limit", page.limit())
                        .addValue("offset", page.offset()),
                (rs, n) -> new OversightRow(rs.getLong("id"), new ContactId(rs.getLong("contact_id")),
                        rs.getString("reference"), rs.getString("child_name"), Rag.valueOf(rs.getString("rag")),
                        ThresholdLevel.valueOf(rs.getString("level")), new MemberId(rs.getLong("decided_by")),
                        rs.getString("decided_by_name"), instant(rs, "decided_at"), null));
    }

    @Override
    public long countAwaitingOversight(PartnershipId partnership) {
        Long n = jdbc.queryForObject("select count(*)" + AWAITING_OVERSIGHT,
                new MapSqlParameterSource("p", partnership.value()), Long.class);
        return n == null ? 0 : n;
    }

    static String fromAgencyOrSource(ResultSet rs) throws SQLException {
        String agency = rs.getString("agency");
        return agency != null ? agency : source(rs).label();
    }

    /** The same as a busy list shows it: the agency's short name where it has one (columns agency, agency_short). */
    static String agencyLabel(ResultSet rs) throws SQLException {
        String agency = rs.getString("agency");
        return agency != null ? Agency.label(agency, rs.getString("agency_short")) : source(rs).label();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Utc.read(rs, column);
    }
}
