package org.lscp.workspace.persistence.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Oversight;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17's "rules once": the board's read model states in SQL what a contact counts for, so this proves that SQL
 * equal to the domain's rules over every case — each combination of the concerns (abuse or not), the disclosure, when
 * the first decision came against the deadline, the level, a medical considered, the oversight and the flags the
 * board reads. The domain's answers: {@link DecisionRecord#inTime}, {@link Concern#abuse}, {@link Concern#abuseDisclosed},
 * {@link ThresholdDecision#hasOversight}, and the flags {@code FlagRules} raised ({@link FlagType#countedByTheBoard}).
 * Both the read model kept contact by contact and one rebuilt from the records must say the same.
 */
@SpringBootTest
class BoardReadModelRulesIT {
    private static final Instant RECEIVED = Instant.parse("2026-11-23T23:30:00Z"); // the 23rd in London
    private static final Instant DEADLINE = RECEIVED.plusSeconds(4 * 3600);

    @Autowired PartnershipRepository partnerships;
    @Autowired ContactRepository contacts;
    @Autowired DecisionRepository decisions;
    @Autowired FlagRepository flags;
    @Autowired BoardReadModel readModel;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private record Case(Set<ConcernCategory> concerns, boolean disclosure, @Nullable Instant decidedAt,
                        ThresholdLevel level, boolean medical, boolean overseen, boolean noOversightFlag,
                        boolean repeatFlag) {
    }

    private static List<Case> everyCase() {
        List<Set<ConcernCategory>> concerns = List.of(Set.of(ConcernCategory.NEGLECT),
                Set.of(ConcernCategory.PHYSICAL_ABUSE), Set.of(ConcernCategory.SEXUAL_ABUSE, ConcernCategory.NEGLECT),
                Set.of(ConcernCategory.EMOTIONAL_ABUSE, ConcernCategory.DOMESTIC_ABUSE));
        List<Instant> decided = new ArrayList<>(List.of(DEADLINE.minusSeconds(60), DEADLINE, DEADLINE.plusSeconds(1)));
        decided.add(null);
        List<Case> cases = new ArrayList<>();
        for (Set<ConcernCategory> c : concerns) {
            for (boolean disclosure : new boolean[] {false, true}) {
                for (Instant at : decided) {
                    for (ThresholdLevel level : new ThresholdLevel[] {ThresholdLevel.EARLY_HELP,
                            ThresholdLevel.STRATEGY_DISCUSSION}) {
                        for (boolean medical : new boolean[] {false, true}) {
                            for (boolean overseen : new boolean[] {false, true}) {
                                for (boolean noOversight : new boolean[] {false, true}) {
                                    for (boolean repeat : new boolean[] {false, true}) {
                                        if (at == null && (medical || overseen || noOversight
                                                || level != ThresholdLevel.EARLY_HELP)) {
                                            continue; // undecided: no decision to vary
                                        }
                                        cases.add(new Case(c, disclosure, at, level, medical, overseen, noOversight,
                                                repeat));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    /** What the domain's rules say the contact counts for, in the read model's columns. */
    private static Map<String, Object> expected(Contact c, Case k) {
        ThresholdDecision d = k.decidedAt() == null ? null : decision(c, k);
        DecisionRecord record = new DecisionRecord(c.requireId(), c.reference(), c.sourceAgency(), c.source(), c.rag(),
                c.receivedAt(), c.deadline(), k.decidedAt(), d == null ? null : d.level());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("day", LocalDate.ofInstant(c.receivedAt(), London.ZONE).toString());
        row.put("level", d == null ? "" : d.level().name());
        row.put("decided", d != null);
        row.put("in_time", record.inTime());
        row.put("abuse_disclosure", c.concern().abuseDisclosed());
        row.put("abuse", c.concern().abuse());
        row.put("abuse_medical", c.concern().abuse() && d != null && d.cpMedicalConsidered());
        row.put("repeat_contact", k.repeatFlag());
        row.put("overseen_in_time", d != null && d.hasOversight() && !k.noOversightFlag());
        row.put("oversight_due", d != null && (d.hasOversight() || k.noOversightFlag()));
        return row;
    }

    private static ThresholdDecision decision(Contact c, Case k) {
        ThresholdDecision d = ThresholdDecision.made(c.requireId(), k.level(), "r", "", null, k.medical(),
                new MemberId(2), "Sam", k.decidedAt(), null);
        return k.overseen() ? d.withOversight(new Oversight(new MemberId(3), "Olu",
                k.decidedAt().plusSeconds(60), "ok")) : d;
    }

    @Test
    void everyCaseCountsInSqlAsTheDomainSays() {
        var tx = new TransactionTemplate(transactions);
        PartnershipId p = tx.execute(s -> partnerships.save(new Partnership(null, "Rules " + System.nanoTime(),
                "Rules")).id());
        List<Case> cases = everyCase();
        Map<Long, Map<String, Object>> expected = new LinkedHashMap<>();
        tx.executeWithoutResult(s -> {
            int n = 0;
            for (Case k : cases) {
                Contact c = contacts.insert(Contact.received(p, new Receipt(RECEIVED, null, ContactSource.S9, "Anon",
                        Channel.PHONE, new MemberId(1)), new Child("R" + n++, "Child", null, Gender.FEMALE,
                        Ethnicity.WBRI, Disability.NOT_KNOWN), new Concern(k.concerns(), k.disclosure(), "s", ConsentBasis.NOT_REQUIRED,
                        Rag.RED), DEADLINE, Set.of()), 2026);
                if (k.decidedAt() != null) {
                    decisions.save(decision(c, k));
                    c = contacts.save(c.markedDecided());
                }
                if (k.noOversightFlag()) flags.save(Flag.raised(c.requireId(), FlagType.NO_OVERSIGHT, DEADLINE));
                if (k.repeatFlag()) flags.save(Flag.raised(c.requireId(), FlagType.REPEAT_CONTACT, RECEIVED));
                readModel.changed(c.requireId()); // as the use cases tell it
                expected.put(c.requireId().value(), expected(c, k));
            }
        });
        assertThat(cases).as("the cases").hasSizeGreaterThan(250);
        assertThat(read(p)).as("kept contact by contact").isEqualTo(expected);
        tx.executeWithoutResult(s -> readModel.rebuild(p.value()));
        assertThat(read(p)).as("rebuilt from the records").isEqualTo(expected);
    }

    private Map<Long, Map<String, Object>> read(PartnershipId p) {
        Map<Long, Map<String, Object>> rows = new LinkedHashMap<>();
        jdbc.query("""
                select contact_id, day, level, decided, in_time, abuse_disclosure, abuse, abuse_medical, repeat_contact,
                       overseen_in_time, oversight_due from board_contact where partnership_id = ? order by contact_id""",
                rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("day", rs.getDate("day").toLocalDate().toString());
                    row.put("level", rs.getString("level"));
                    for (String flag : List.of("decided", "in_time", "abuse_disclosure", "abuse", "abuse_medical",
                            "repeat_contact", "overseen_in_time", "oversight_due")) {
                        row.put(flag, rs.getBoolean(flag));
                    }
                    rows.put(rs.getLong("contact_id"), row);
                }, p.value());
        return rows;
    }
}
