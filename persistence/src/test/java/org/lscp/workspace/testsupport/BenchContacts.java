package org.lscp.workspace.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a partnership with many contacts over the last year by JDBC batches, straight into the tables (97% decided,
 * with their decisions): the front-door benchmark's and the load test's volume. It writes past the adapters, so the
 * board's read model must be rebuilt afterwards ({@code BoardReadModel.rebuild}). References are {@code B-0000000}
 * onwards; the same seed gives the same contacts.
 */
public final class BenchContacts {
    private static final Logger LOG = LoggerFactory.getLogger(BenchContacts.class);

    private BenchContacts() {
    }

    /**
     * @param agencyIds   the partnership's agencies the contacts come from
     * @param sourceCodes each agency's Annex A source code, in the same order
     * @param manager     the member recorded as submitter and decision maker
     */
    public static void seed(JdbcTemplate jdbc, int count, long partnership, List<Long> agencyIds,
                            List<String> sourceCodes, long manager) {
        Random random = new Random(42);
        Instant now = Instant.now();
        long first = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from contact", Long.class);
        String[] rags = {"RED", "AMBER", "AMBER", "GREEN", "GREEN"};
        String[] concerns = {"NEGLECT", "DOMESTIC_ABUSE", "EMOTIONAL_ABUSE", "PHYSICAL_ABUSE", "SEXUAL_ABUSE",
                "MENTAL_HEALTH", "MISSING"};
        String[] levels = {"NO_FURTHER_ACTION", "UNIVERSAL_SERVICES", "EARLY_HELP", "CHILD_IN_NEED_ASSESSMENT",
                "STRATEGY_DISCUSSION"};
        int batch = 5_000;
        // the search indexes are built once after the rows are in, rather than kept up row by row (the reversed
        // references and the names' words arrive in no order): a million contacts seeded in 550 s instead of 693 s
        jdbc.execute("alter table contact drop index ft_contact_child_name, drop index ix_contact_reference_reversed");
        for (int from = 0; from < count; from += batch) {
            List<Object[]> contacts = new ArrayList<>(batch);
            List<Object[]> decisions = new ArrayList<>(batch);
            for (int i = from; i < Math.min(count, from + batch); i++) {
                long id = first + i;
                Instant received = now.minusSeconds((long) (random.nextDouble() * 365 * 86_400));
                String rag = rags[random.nextInt(rags.length)];
                Instant deadline = received.plusSeconds(rag.equals("RED") ? 14_400 : rag.equals("AMBER") ? 86_400 : 259_200);
                boolean decided = random.nextInt(100) < 97;
                int agency = random.nextInt(agencyIds.size());
                contacts.add(new Object[] {id, partnership, "B-%07d".formatted(i), utc(received),
                        agencyIds.get(agency), sourceCodes.get(agency), "Bench referrer", "PHONE",
                        "BENCH-" + random.nextInt(400_000),
                        FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)],
                        java.sql.Date.valueOf(LocalDate.now().minusDays(random.nextInt(6_500))), "FEMALE", "WBRI",
                        concerns[random.nextInt(concerns.length)], random.nextInt(20) == 0, "Seeded for the benchmark",
                        "NOT_REQUIRED", rag, utc(deadline), manager, decided});
                if (decided) {
                    Instant decidedAt = deadline.minusSeconds(random.nextInt(7_200));
                    // as in a partnership at work: a manager has overseen nearly every decision older than two days
                    // (the rest are the few the minute sweep flags), none of the last two days' yet
                    boolean overseen = decidedAt.isBefore(now.minus(java.time.Duration.ofDays(2)))
                            && random.nextInt(20) != 0;
                    decisions.add(new Object[] {id, id, levels[random.nextInt(levels.length)], "Seeded", "",
                            manager, "Sam Okafor", utc(decidedAt), overseen ? manager : null,
                            overseen ? "Sam Okafor" : null,
                            overseen ? utc(decidedAt.plusSeconds(3_600 + random.nextInt(72_000))) : null});
                }
            }
            jdbc.batchUpdate("""
                    insert into contact (id, partnership_id, reference, received_at, source_agency_id, source, referrer,
                      channel, child_case_id, child_name, child_dob, child_gender, child_ethnicity, concerns, disclosure,
                      summary, consent, rag, deadline, submitted_by, decided, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", contacts);
            jdbc.batchUpdate("""
                    insert into threshold_decision (id, contact_id, level, rationale, next_step, cp_medical_considered,
                      decided_by, decided_by_name, decided_at, overseen_by, overseen_by_name, overseen_at, current)
                    values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, true)""", decisions);
            if ((from / batch) % 40 == 0) LOG.info("Seeded {} contacts", from + batch);
        }
        long indexStart = System.nanoTime();
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                // as the migration builds it (V26): without InnoDB's stop words
                statement.execute("set session innodb_ft_enable_stopword = off");
                statement.execute("alter table contact add fulltext index ft_contact_child_name (child_name)");
                statement.execute("alter table contact add index ix_contact_reference_reversed"
                        + " (partnership_id, reference_reversed)");
                statement.execute("set session innodb_ft_enable_stopword = on");
            }
            return null;
        });
        LOG.info("Search indexes built in {} s", (System.nanoTime() - indexStart) / 1_000_000_000);
    }

    /** Children's names as a partnership's records hold them: a surname is shared by about one contact in a hundred. */
    public static final String[] FIRST_NAMES = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya",
            "Florence", "Willow", "Aisha", "Zara", "Maya", "Jo", "Noah", "Oliver", "George", "Arthur", "Leo", "Muhammad",
            "Harry", "Oscar", "Archie", "Henry", "Theo", "Will", "Jack", "Yusuf", "Kai", "Al"};
    public static final String[] SURNAMES = ("Smith Jones Taylor Brown Williams Wilson "
            + "Johnson Davies Patel Wright Robinson Thompson Evans Walker White Roberts Green Hall Thomas Clarke Jackson "
            + "Wood Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark King Harrison Lewis Baker Lee Allen "
            + "Morris Khan Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell Bailey Carter Cook "
            + "Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Marshall Simpson Anderson Ellis Adams Wilkinson "
            + "Ward Foster Chapman Mason Russell Webb Rogers Gray Hussain Ahmed Murphy Okafor Stone O'Neil Ali Bradley "
            + "Palmer Graham Hunt Holmes Price Campbell Fox Mills Kaur Dixon Lloyd Knight Pearson Barker").split(" ");

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
