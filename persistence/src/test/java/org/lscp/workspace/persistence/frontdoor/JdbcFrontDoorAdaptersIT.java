package org.lscp.workspace.persistence.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.frontdoor.model.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactKey;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.NotSameChild;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.model.QueueSort;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.AccessLog;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The front-door adapters on MariaDB, each test committing for real (the reference counter needs it). */
@SpringBootTest
class JdbcFrontDoorAdaptersIT {
    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired ContactRepository contacts;
    @Autowired DecisionRepository decisions;
    @Autowired FlagRepository flags;
    @Autowired CheckRepository checks;
    @Autowired AccessLog accessLog;
    @Autowired FrontDoorSettings settings;
    @Autowired org.lscp.workspace.domain.settings.port.out.SettingsRepository allSettings;
    @Autowired org.lscp.workspace.domain.escalation.port.out.EscalationSettings escalationSettings;
    @Autowired PlatformTransactionManager transactions;

    PartnershipId enfield;
    Agency police;
    Agency health;
    TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            enfield = partnerships.save(new Partnership(null, "Enfield " + System.nanoTime(), "Enfield")).id();
            police = agencies.save(Agency.create(enfield, new SaveAgencyCommand("Police", AgencyKind.POLICE, true)));
            health = agencies.save(Agency.create(enfield, new SaveAgencyCommand("Health", AgencyKind.HEALTH, true)));
        });
    }

    private Contact contact(Agency source, String child, Rag rag, Instant received, Instant deadline) {
        return contact(source.requireId(), ContactSource.forAgency(source.kind()), Channel.PHONE, child, rag, received,
                deadline);
    }

    private Contact contact(@Nullable AgencyId agency, ContactSource source, Channel channel, String child, Rag rag,
                            Instant received, Instant deadline) {
        return new Contact(null, enfield, "", received, agency, source, "PC Smith", channel,
                new Child(child, "Child " + child, LocalDate.of(2015, 5, 1), Gender.FEMALE, Ethnicity.WBRI),
                Set.of(ConcernCategory.SEXUAL_ABUSE, ConcernCategory.NEGLECT), true, "Disclosed to teacher",
                ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, rag, deadline, new MemberId(1), null, null, false, Set.of(), 0);
    }

    private Contact insert(Contact c) {
        return tx.execute(s -> contacts.insert(c, 2026));
    }

    @Test
    void referencesAreUniqueAndGapFreeUnderConcurrentSubmissionsEvenWithRollbacks() throws Exception {
        // four at once: a year's first submission takes a second connection to create the counter row, and the test
        // pool has eight (eight threads could all hold one and wait for a second until the pool times out)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            boolean rollBack = i % 10 == 3;
            work.add(() -> {
                tx.executeWithoutResult(status -> {
                    Contact saved = contacts.insert(contact(police, "K" + System.nanoTime(), Rag.GREEN, NOON,
                            NOON.plusSeconds(3600)), 2026);
                    if (rollBack) status.setRollbackOnly();
                    else committed.add(saved.reference());
                });
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(work)) f.get();
        pool.shutdown();

        assertThat(committed).hasSize(72).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 72; n++) expected.add("C-2026-%06d".formatted(n));
        assertThat(committed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Autowired org.lscp.workspace.domain.partnership.port.out.MemberRepository members;
    @Autowired org.lscp.workspace.domain.plan.port.out.InspectionRepository inspections;
    @Autowired org.lscp.workspace.domain.plan.port.out.RecommendationRepository recommendations;

    @Test
    void contactsKeepTheRecommendationsTheyAreRecordedAgainst() {
        var rec = tx.execute(s -> {
            var lead = members.save(org.lscp.workspace.domain.partnership.model.Member.create(enfield,
                    new org.lscp.workspace.domain.partnership.model.SaveMemberCommand("Helen Brooks",
                            "helen" + System.nanoTime() + "@enfield.example", police.requireId(),
                            Set.of(org.lscp.workspace.domain.shared.Role.LEAD_OFFICER)), "hash"));
            var inspection = inspections.save(org.lscp.workspace.domain.plan.model.Inspection.create(enfield,
                    new org.lscp.workspace.domain.plan.model.SaveInspectionCommand("Ofsted",
                            org.lscp.workspace.domain.plan.model.InspectionType.FOCUSED_VISIT, "Visit",
                            LocalDate.of(2018, 9, 11), null, null, List.of(), "", "")));
            return recommendations.save(org.lscp.workspace.domain.plan.model.Recommendation.create(enfield,
                    new org.lscp.workspace.domain.plan.model.SaveRecommendationCommand(inspection.requireId(), 1,
                            "Progress disclosures", org.lscp.workspace.domain.plan.model.Theme.THRESHOLDS,
                            lead.requireId(), Set.of(), List.of())));
        });
        Contact c = contact(police, "E1", Rag.RED, NOON, NOON);
        Contact linked = insert(new Contact(null, enfield, "", c.receivedAt(), c.sourceAgency(), c.source(),
                c.referrer(),
                c.channel(), c.child(), c.concerns(), c.disclosure(), c.summary(), c.consent(), c.rag(), c.deadline(),
                c.submittedBy(), null, null, false, Set.of(rec.requireId()), 0));
        insert(contact(police, "E1", Rag.GREEN, NOON, NOON));

        assertThat(contacts.find(enfield, linked.requireId()).orElseThrow().recommendations())
                .containsExactly(rec.requireId());
        assertThat(contacts.forChild(enfield, "E1")).extracting(x -> x.recommendations().size())
                .containsExactlyInAnyOrder(1, 0);
    }

    @Test
    void aBackfillTakesABlockOfReferencesPerYearAfterTheLiveOnes() {
        Instant in2025 = Instant.parse("2025-06-01T11:00:00Z");
        Contact live = tx.execute(s -> contacts.insert(contact(police, "D1", Rag.GREEN, in2025, in2025), 2025));
        List<Contact> backfill = List.of(contact(police, "D2", Rag.GREEN, in2025, in2025),
                contact(health, "D3", Rag.GREEN, NOON, NOON), contact(health, "D4", Rag.GREEN, in2025, in2025));

        Integer inserted = tx.execute(s -> contacts.insertAll(backfill));
        assertThat(inserted).isEqualTo(3);

        assertThat(live.reference()).isEqualTo("C-2025-000001");
        assertThat(contacts.forChild(enfield, "D2")).extracting(Contact::reference).containsExactly("C-2025-000002");
        assertThat(contacts.forChild(enfield, "D4")).extracting(Contact::reference).containsExactly("C-2025-000003");
        assertThat(contacts.forChild(enfield, "D3")).extracting(Contact::reference).containsExactly("C-2026-000001");
        assertThat(contacts.forChild(enfield, "D3").getFirst().child().name()).isEqualTo("Child D3");
    }

    @Test
    void theQueueFiltersAndScopesToAnAgency() {
        Contact late = insert(contact(police, "A1", Rag.GREEN, NOON, NOON.plusSeconds(7200)));
        Contact soon = insert(contact(health, "A2", Rag.RED, NOON, NOON.plusSeconds(600)));
        Contact checked = insert(contact(health, "A3", Rag.AMBER, NOON, NOON.plusSeconds(3600)));
        tx.executeWithoutResult(s -> checks.save(new AgencyCheck(null, checked.requireId(), police.requireId(), NOON,
                "Rita", NOON.plusSeconds(900), null, null, null)));

        List<QueueRow> all = contacts.queue(enfield, ContactFilter.OPEN, null, NOON, PageRequest.first(10));
        assertThat(all).extracting(QueueRow::reference)
                .containsExactly(soon.reference(), checked.reference(), late.reference());
        assertThat(all.getFirst().sourceAgency()).isEqualTo("Health");
        assertThat(contacts.queue(enfield, new ContactFilter(Rag.RED, null, true, null, null, null), null, NOON,
                PageRequest.first(10))).extracting(QueueRow::reference).containsExactly(soon.reference());
        assertThat(contacts.queue(enfield, ContactFilter.OPEN, police.requireId(), NOON, PageRequest.first(10)))
                .as("police see what they submitted and what they were asked to check")
                .extracting(QueueRow::reference).containsExactly(checked.reference(), late.reference());
        assertThat(contacts.count(enfield, new ContactFilter(null, health.requireId(), null, null,
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)), null)).isEqualTo(2);
        assertThat(contacts.count(enfield, new ContactFilter(null, null, null, null, LocalDate.of(2026, 11, 24), null),
                null)).isZero();
    }

    /** An anonymous contact has no source agency: stored with its source, shown by it, in no agency's scope. */
    @Test
    void aContactFromNoAgencyKeepsItsSourceAndIsShownByItInTheQueue() {
        Contact anonymous = insert(contact(null, ContactSource.S9, Channel.PHONE, "N1", Rag.RED, NOON,
                NOON.plusSeconds(600)));
        Contact fromPolice = insert(contact(police, "N2", Rag.GREEN, NOON, NOON.plusSeconds(7200)));

        Contact read = contacts.find(enfield, anonymous.requireId()).orElseThrow();
        assertThat(read.sourceAgency()).isNull();
        assertThat(read.source()).isEqualTo(ContactSource.S9);
        assertThat(contacts.find(enfield, fromPolice.requireId()).orElseThrow().source()).isEqualTo(ContactSource.S6);
        assertThat(contacts.queue(enfield, ContactFilter.OPEN, null, NOON, PageRequest.first(10)))
                .extracting(QueueRow::reference, QueueRow::sourceAgency)
                .containsExactly(tuple(anonymous.reference(), "Anonymous"), tuple(fromPolice.reference(), "Police"));
        assertThat(contacts.queue(enfield, ContactFilter.OPEN, police.requireId(), NOON, PageRequest.first(10)))
                .extracting(QueueRow::reference).containsExactly(fromPolice.reference());
        assertThat(contacts.count(enfield, new ContactFilter(null, police.requireId(), null, null, null, null), null))
                .isEqualTo(1);
        assertThat(contacts.count(enfield, ContactFilter.OPEN, null)).isEqualTo(2);
    }

    @Test
    void aBackfillStoresEachContactsSourceAndNoAgencyWhereThereIsNone() {
        tx.execute(s -> contacts.insertAll(List.of(
                contact(null, ContactSource.S1B, Channel.IMPORTED, "F1", Rag.GREEN, NOON, NOON),
                contact(health.requireId(), ContactSource.S3A, Channel.IMPORTED, "F2", Rag.GREEN, NOON, NOON))));
        assertThat(contacts.forChild(enfield, "F1")).singleElement().satisfies(c -> {
            assertThat(c.sourceAgency()).isNull();
            assertThat(c.source()).isEqualTo(ContactSource.S1B);
        });
        assertThat(contacts.forChild(enfield, "F2")).singleElement().satisfies(c -> {
            assertThat(c.sourceAgency()).isEqualTo(health.requireId());
            assertThat(c.source()).isEqualTo(ContactSource.S3A);
        });
    }

    /** The import's question: which (child, London day, source) keys are already there, live or imported. */
    @Test
    void recordedContactsAreFoundByChildLondonDayAndSource() {
        // 23:30 UTC on 1 July 2026 is 00:30 on 2 July in London
        Instant lateOnFirstJuly = Instant.parse("2026-07-01T23:30:00Z");
        Contact imported = tx.execute(s -> {
            contacts.insertAll(List.of(contact(null, ContactSource.S1B, Channel.IMPORTED, "R1", Rag.GREEN, NOON,
                    NOON)));
            return contacts.forChild(enfield, "R1").getFirst();
        });
        Contact live = insert(contact(police, "R2", Rag.GREEN, lateOnFirstJuly, lateOnFirstJuly));
        LocalDate day = LocalDate.of(2026, 11, 23);
        ContactKey importedKey = new ContactKey("R1", day, ContactSource.S1B);
        ContactKey sameChildOtherCase = new ContactKey("r1", day, ContactSource.S1B);
        ContactKey liveKey = new ContactKey("R2", LocalDate.of(2026, 7, 2), ContactSource.S6);
        List<ContactKey> absent = List.of(new ContactKey("R1", day, ContactSource.S9),
                new ContactKey("R1", day.plusDays(1), ContactSource.S1B),
                new ContactKey("R2", LocalDate.of(2026, 7, 1), ContactSource.S6),
                new ContactKey("R3", day, ContactSource.S1B));
        List<ContactKey> asked = new ArrayList<>(List.of(importedKey, sameChildOtherCase, liveKey));
        asked.addAll(absent);

        var found = contacts.recorded(enfield, asked);

        assertThat(found).containsOnlyKeys(importedKey, sameChildOtherCase, liveKey);
        assertThat(found.get(importedKey)).isEqualTo(new ContactKey.Recorded(imported.reference(), true));
        assertThat(found.get(liveKey)).isEqualTo(new ContactKey.Recorded(live.reference(), false));
        PartnershipId other = tx.execute(st -> partnerships.save(new Partnership(null, "Other " + System.nanoTime(),
                "Other")).id());
        assertThat(contacts.recorded(other, asked)).as("scoped to the partnership").isEmpty();
    }

    private Contact child(PartnershipId partnership, @Nullable String caseId, String name, @Nullable LocalDate born) {
        Contact c = contact(police, "X", Rag.AMBER, NOON, NOON.plusSeconds(3600));
        return tx.execute(s -> contacts.insert(new Contact(null, partnership, "", NOON, null, ContactSource.S10,
                c.referrer(), c.channel(), new Child(caseId, name, born, Gender.MALE, Ethnicity.WBRI), c.concerns(),
                false, c.summary(), c.consent(), c.rag(), c.deadline(), c.submittedBy(), null, null, false, Set.of(),
                0), 2026));
    }

    @Test
    void childMatchingFindsCandidatesByBirthOrNameWithinThePartnershipAndKeepsJudgements() {
        LocalDate born = LocalDate.of(2013, 7, 9);
        String name = "Zoë Quill-" + System.nanoTime();
        Contact unknown = child(enfield, null, name, born);
        Contact known = child(enfield, "ZQ-1", name.replace("Zoë", "Zoe"), born);
        Contact noBirth = child(enfield, "ZQ-2", name.toUpperCase(java.util.Locale.ROOT), null);
        Contact otherBirth = child(enfield, "ZQ-3", name, born.plusDays(1));
        PartnershipId other = tx.execute(st -> partnerships.save(new Partnership(null, "Other " + System.nanoTime(),
                "Other")).id());
        child(other, "ZQ-9", name, born);

        assertThat(contacts.possiblySameChild(enfield, born, name, unknown.requireId(), 50))
                .extracting(Contact::reference).as("by date of birth, or the name without one; never elsewhere")
                .contains(known.reference(), noBirth.reference())
                .doesNotContain(unknown.reference(), otherBirth.reference());
        assertThat(contacts.possiblySameChild(enfield, null, name, unknown.requireId(), 50))
                .extracting(Contact::reference).contains(known.reference(), noBirth.reference(),
                        otherBirth.reference());

        Contact identified = tx.execute(s -> contacts.identifyChild(unknown, "ZQ-1"));
        assertThat(identified.child().caseSystemId()).isEqualTo("ZQ-1");
        assertThat(identified.version()).isEqualTo(unknown.version() + 1);
        assertThatThrownBy(() -> tx.execute(s -> contacts.identifyChild(unknown, "ZQ-2")))
                .isInstanceOf(ConcurrentChangeException.class);

        tx.executeWithoutResult(s -> contacts.notSameChild(new NotSameChild(identified, noBirth, "Rita Shah", NOON)));
        tx.executeWithoutResult(s -> contacts.notSameChild(new NotSameChild(noBirth, identified, "Rita Shah", NOON)));
        assertThat(contacts.notSameChildAs(identified.requireId())).containsExactly(noBirth.requireId());
        assertThat(contacts.notSameChildAs(noBirth.requireId())).containsExactly(identified.requireId());
    }

    @Test
    void theQueueSortsMostUrgentFirstExactlyAsTheDomainRuleSays() {
        Instant now = NOON.plusSeconds(8 * 3600);
        Contact amberLongOverdue = insert(contact(police, "U1", Rag.AMBER, NOON, NOON.plusSeconds(600)));
        Contact amberOverdue = insert(contact(police, "U2", Rag.AMBER, NOON, NOON.plusSeconds(1200)));
        Contact redOverdue = insert(contact(health, "U3", Rag.RED, NOON, NOON.plusSeconds(3600)));
        Contact greenOverdue = insert(contact(health, "U4", Rag.GREEN, NOON, NOON.plusSeconds(60)));
        Contact greenDueSoon = insert(contact(health, "U5", Rag.GREEN, NOON, now.plusSeconds(60)));
        Contact redDueLater = insert(contact(police, "U6", Rag.RED, NOON, now.plusSeconds(3600)));
        Contact amberDueAtTheSameTime = insert(contact(health, "U9", Rag.AMBER, NOON, now.plusSeconds(3600)));
        Contact decidedOlder = insert(contact(police, "U7", Rag.RED, NOON.minusSeconds(60), NOON));
        Contact decidedNewer = insert(contact(police, "U8", Rag.RED, NOON, NOON));
        for (Contact c : List.of(decidedOlder, decidedNewer)) {
            tx.executeWithoutResult(s -> contacts.save(c.markedDecided()));
        }
        ContactFilter all = new ContactFilter(null, null, null, null, null, null);

        List<QueueRow> rows = contacts.queue(enfield, all, null, now, PageRequest.first(20));
        assertThat(rows).extracting(QueueRow::reference).containsExactly(redOverdue.reference(),
                amberLongOverdue.reference(), amberOverdue.reference(), greenOverdue.reference(),
                greenDueSoon.reference(), redDueLater.reference(), amberDueAtTheSameTime.reference(),
                decidedNewer.reference(), decidedOlder.reference());
        assertThat(rows).as("the SQL order is the domain's order").isSortedAccordingTo(QueueRow.mostUrgentFirst(now));
        List<QueueRow> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < rows.size(); offset += 2) {
            paged.addAll(contacts.queue(enfield, all, null, now, new PageRequest(offset, 2)));
        }
        assertThat(paged).as("page by page, across the runs").extracting(QueueRow::reference)
                .containsExactlyElementsOf(rows.stream().map(QueueRow::reference).toList());
        assertThat(contacts.queue(enfield, new ContactFilter(null, null, false, null, null, null), null, now,
                PageRequest.first(5))).extracting(QueueRow::reference)
                .containsExactly(decidedNewer.reference(), decidedOlder.reference());
        for (QueueSort sort : QueueSort.values()) {
            List<QueueRow> sorted = contacts.queue(enfield, all.sortedBy(sort), null, now, PageRequest.first(20));
            assertThat(sorted).as("sorted " + sort + " as the domain sorts").hasSameSizeAs(rows)
                    .isSortedAccordingTo(sort.comparator(now));
            for (int size : new int[] {1, 3, 4}) {
                List<QueueRow> pages = new java.util.ArrayList<>();
                for (int offset = 0; offset < rows.size() + size; offset += size) {
                    pages.addAll(contacts.queue(enfield, all.sortedBy(sort), null, now, new PageRequest(offset, size)));
                }
                assertThat(pages).as(sort + " in pages of " + size + ": every row once, in order")
                        .extracting(QueueRow::reference)
                        .containsExactlyElementsOf(sorted.stream().map(QueueRow::reference).toList());
            }
        }
        assertThat(contacts.queue(enfield, new ContactFilter(Rag.AMBER, null, true, null, null, null), null, now,
                new PageRequest(1, 5))).as("a filter that rules out runs, past the first row")
                .extracting(QueueRow::reference).containsExactly(amberOverdue.reference(),
                        amberDueAtTheSameTime.reference());
    }

    @Test
    void theQueueFindsAContactByReferenceNumberChildIdOrPartOfTheName() {
        Contact maya = insert(new Contact(null, enfield, "", NOON, police.requireId(), ContactSource.S6, "PC Smith",
                Channel.PHONE,
                new Child("CS-4471", "Maya O'Neill", LocalDate.of(2015, 5, 1), Gender.FEMALE, Ethnicity.WBRI),
                Set.of(ConcernCategory.NEGLECT), false, "Alone at home", ConsentBasis.CONSENT_GIVEN, Rag.AMBER,
                NOON.plusSeconds(3600), new MemberId(1), null, null, false, Set.of(), 0));
        insert(contact(police, "CS-9", Rag.AMBER, NOON, NOON.plusSeconds(3600)));
        String number = maya.reference().substring(maya.reference().lastIndexOf('-') + 1);
        for (String search : List.of(maya.reference(), number, "cs-4471", "o'neill", " Maya ")) {
            assertThat(contacts.queue(enfield, new ContactFilter(null, null, null, null, null, null, search), null,
                    NOON, PageRequest.first(10))).as(search).extracting(QueueRow::reference)
                    .containsExactly(maya.reference());
        }
        assertThat(contacts.count(enfield, new ContactFilter(null, null, null, null, null, null, "%"), null))
                .as("a wildcard is a character, not a pattern").isZero();
    }

    @Test
    void aContactWithNoCaseSystemIdIsStoredWithoutOneAndLinkedToNoOtherChild() {
        Contact unknown = insert(new Contact(null, enfield, "", NOON, police.requireId(), ContactSource.S6, "PC Smith",
                Channel.PHONE, new Child(null, "Sam Doe", null, Gender.MALE, Ethnicity.NOBT),
                Set.of(ConcernCategory.NEGLECT), false, "Alone at home", ConsentBasis.CONSENT_GIVEN, Rag.AMBER,
                NOON.plusSeconds(3600), new MemberId(1), null, null, false, Set.of(), 0));
        tx.executeWithoutResult(s -> contacts.insertAll(List.of(new Contact(null, enfield, "", NOON, null,
                ContactSource.S9, "Anonymous", Channel.IMPORTED, new Child(null, "(not in Annex A)", null,
                Gender.NOT_STATED, Ethnicity.NOBT), Set.of(ConcernCategory.OTHER), false, "Imported",
                ConsentBasis.NOT_REQUIRED, Rag.GREEN, NOON, new MemberId(1), null, null, true, Set.of(), 0))));
        insert(contact(police, "CS-1", Rag.AMBER, NOON, NOON.plusSeconds(3600)));

        Contact found = contacts.find(enfield, unknown.requireId()).orElseThrow();
        assertThat(found.child().caseSystemId()).isNull();
        assertThat(found.child().identified()).isFalse();
        assertThat(contacts.forChild(enfield, "CS-1")).extracting(Contact::reference).doesNotContain(unknown.reference());
        assertThat(contacts.count(enfield, new ContactFilter(null, null, null, null, null, null, "Sam"), null))
                .isEqualTo(1);
        assertThat(contacts.count(enfield, new ContactFilter(null, null, null, null, null, null, "not known"), null))
                .isZero();
    }

    @Test
    void theSearchFindsWhatTheDomainsRuleFindsThroughItsIndexes() {
        List<Contact> saved = new java.util.ArrayList<>();
        String[][] children = {{"CS-10", "Jo Stone-Hill"}, {"CS-11", "Will O'Neil"}, {"CS-12", "Amaya Jones"},
                {"CS-13", "Zoë Ólafsdóttir"}, {"CS-14", "Al Li"}, {"CS-15", "Renée Ann"}};
        for (int i = 0; i < children.length; i++) {
            saved.add(insert(new Contact(null, enfield, "", NOON, police.requireId(), ContactSource.S6, "PC Smith",
                    Channel.PHONE, new Child(children[i][0], children[i][1], LocalDate.of(2015, 5, 1), Gender.FEMALE,
                    Ethnicity.WBRI), Set.of(ConcernCategory.NEGLECT), false, "Seen at school",
                    ConsentBasis.CONSENT_GIVEN, i % 2 == 0 ? Rag.RED : Rag.AMBER, NOON.plusSeconds(60),
                    new MemberId(1), null, null, false, Set.of(), 0)));
        }
        String ref = saved.get(1).reference();
        for (String search : List.of("jo sto", "STONE", "hill", "will", "neil", "jo", "maya", "one", "cs-11", "CS-1",
                ref, ref.substring(ref.length() - 3), "al li", "li", "a", "zoë", "ólafs", "e", "ann", "Will O'Neil",
                "%", "_", "!", "'")) {
            for (Rag rag : new Rag[] {null, Rag.RED}) {
                ContactFilter filter = new ContactFilter(rag, null, null, null, null, null, search);
                List<String> expected = saved.stream().filter(c -> rag == null || c.rag() == rag)
                        .filter(c -> filter.found(c.reference(), c.child().caseSystemId(), c.child().name()))
                        .map(Contact::reference).sorted().toList();
                assertThat(contacts.queue(enfield, filter, null, NOON, PageRequest.first(50)))
                        .as("search %s, %s", search, rag).extracting(QueueRow::reference)
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(contacts.count(enfield, filter, null)).as("count of %s, %s", search, rag)
                        .isEqualTo(expected.size());
            }
        }
        assertThat(new ContactFilter(null, null, null, null, null, null, "jo").found("", "", "Amaya Jones")).isTrue();
    }

    @Test
    void aStaleContactSaveIsRefusedAndAssignmentIsKept() {
        Contact c = insert(contact(police, "B1", Rag.AMBER, NOON, NOON.plusSeconds(3600)));
        Contact taken = tx.execute(s -> contacts.save(c.assignedTo(new MemberId(7), "Rita Shah")));

        assertThat(taken.assignedToName()).isEqualTo("Rita Shah");
        assertThat(taken.version()).isEqualTo(1);
        assertThatThrownBy(() -> tx.execute(s -> contacts.save(c.markedDecided())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(contacts.find(enfield, c.requireId()).orElseThrow().child().name()).isEqualTo("Child B1");
    }

    /** The flags queue in SQL: the serious first, then the newest; filters by kind, age and agency; counts by kind. */
    @Test
    void theFlagsQueueIsOrderedFilteredAndCountedAsTheDomainSays() {
        Instant now = NOON.plusSeconds(86_400L * 20);
        Contact fromPolice = insert(contact(police, "F1", Rag.AMBER, NOON, NOON.plusSeconds(600)));
        Contact fromHealth = insert(contact(health, "F2", Rag.RED, NOON, NOON.plusSeconds(600)));
        List<Flag> raised = tx.execute(s -> List.of(
                flags.save(new Flag(null, fromPolice.requireId(), FlagType.DECISION_OVERDUE, NOON, null, null, null)),
                flags.save(new Flag(null, fromPolice.requireId(), FlagType.DISCLOSURE_NOT_PROGRESSED,
                        NOON.plusSeconds(60), null, null, null)),
                flags.save(new Flag(null, fromHealth.requireId(), FlagType.NO_OVERSIGHT, now.minusSeconds(3600), null,
                        null, null)),
                flags.save(new Flag(null, fromHealth.requireId(), FlagType.MEDICAL_NOT_CONSIDERED,
                        now.minusSeconds(7200), null, null, null)),
                flags.save(new Flag(null, fromHealth.requireId(), FlagType.REPEAT_CONTACT, now.minusSeconds(60),
                        NOON, "Mo Khan", "Known to the team"))));
        List<FlagRow> rows = flags.open(enfield, FlagFilter.NONE, now, PageRequest.first(10));
        assertThat(rows).extracting(FlagRow::id).containsExactly(raised.get(3).id(), raised.get(1).id(),
                raised.get(2).id(), raised.get(0).id());
        assertThat(rows).as("the SQL order is the domain's order").isSortedAccordingTo(FlagRow.mostSeriousFirst());
        assertThat(flags.open(enfield, FlagFilter.NONE, now, new PageRequest(1, 2))).extracting(FlagRow::id)
                .containsExactly(raised.get(1).id(), raised.get(2).id());
        assertThat(rows.getFirst()).satisfies(r -> {
            assertThat(r.rag()).isEqualTo(Rag.RED);
            assertThat(r.decision()).isNull();
            assertThat(r.sourceAgencyLabel()).isEqualTo("Health");
        });
        assertThat(flags.openCounts(enfield, FlagFilter.NONE.withType(FlagType.NO_OVERSIGHT), now)).containsOnly(
                java.util.Map.entry(FlagType.DECISION_OVERDUE, 1L),
                java.util.Map.entry(FlagType.DISCLOSURE_NOT_PROGRESSED, 1L),
                java.util.Map.entry(FlagType.NO_OVERSIGHT, 1L), java.util.Map.entry(FlagType.MEDICAL_NOT_CONSIDERED,
                        1L));
        assertThat(flags.open(enfield, new FlagFilter(null, FlagFilter.Age.TODAY, null), now, PageRequest.first(10)))
                .extracting(FlagRow::id).containsExactly(raised.get(3).id(), raised.get(2).id());
        assertThat(flags.open(enfield, new FlagFilter(null, FlagFilter.Age.OLDER_THAN_7_DAYS, police.requireId()),
                now, PageRequest.first(10))).extracting(FlagRow::id)
                .containsExactly(raised.get(1).id(), raised.get(0).id());
        assertThat(flags.openCounts(enfield, new FlagFilter(null, null, health.requireId()), now))
                .containsOnlyKeys(FlagType.NO_OVERSIGHT, FlagType.MEDICAL_NOT_CONSIDERED);
    }

    @Test
    void decisionsFlagsAndTheChildsHistoryRoundTrip() {
        Contact first = insert(contact(police, "C1", Rag.RED, NOON.minusSeconds(86_400L * 400), NOON));
        Contact second = insert(contact(police, "C1", Rag.RED, NOON, NOON.plusSeconds(600)));
        ThresholdDecision d = tx.execute(s -> decisions.save(new ThresholdDecision(null, second.requireId(),
                ThresholdLevel.EARLY_HELP, "Low risk", "Early help hub", null, false, new MemberId(2), "Sam Okafor",
                NOON, null, true, null, null, null, null)));
        ThresholdDecision overseen = tx.execute(s -> decisions.save(d.overseen(new MemberId(3), "Mo Khan",
                NOON.plusSeconds(60), "Agreed")));
        Flag flag = tx.execute(s -> flags.save(new Flag(null, second.requireId(), FlagType.DISCLOSURE_NOT_PROGRESSED,
                NOON, null, null, null)));

        assertThat(decisions.forContact(second.requireId())).singleElement()
                .satisfies(x -> assertThat(x.oversightComment()).isEqualTo("Agreed"));
        assertThat(overseen.overseenAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(flags.open(enfield, FlagFilter.NONE.withType(FlagType.DISCLOSURE_NOT_PROGRESSED), NOON,
                PageRequest.first(5))).singleElement().satisfies(r -> {
                    assertThat(r.reference()).isEqualTo(second.reference());
                    assertThat(r.childName()).isEqualTo("Child C1");
                    assertThat(r.decision()).isEqualTo(ThresholdLevel.EARLY_HELP);
                    assertThat(r.decidedBy()).isEqualTo("Sam Okafor");
                    assertThat(r.sourceAgency()).isEqualTo("Police");
                });
        Flag resolved = tx.execute(s -> flags.save(flag.resolved(NOON.plusSeconds(120), "Sam Okafor", "Revised")));
        assertThat(resolved.open()).isFalse();
        assertThat(flags.open(enfield, FlagFilter.NONE, NOON, PageRequest.first(5))).isEmpty();
        assertThat(flags.forContact(second.requireId())).hasSize(1);
        assertThat(contacts.forChild(enfield, "C1")).extracting(Contact::reference)
                .containsExactly(second.reference(), first.reference());
        assertThat(contacts.countForChild(enfield, "C1", NOON.minusSeconds(86_400L * 365), NOON)).isEqualTo(1);
        assertThat(contacts.needingTimeChecks(enfield, NOON.plusSeconds(3600), 10)).extracting(Contact::reference)
                .contains(first.reference());
    }

    @Test
    void theAccessLogKeepsARefusalEvenWhenTheRestRollsBack() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            accessLog.record(new AccessLogEntry(enfield, new MemberId(5), "Dan Price", NOON, "Contact C-2026-000009",
                    false));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(accessLog.find(enfield, PageRequest.first(5))).singleElement()
                .satisfies(e -> assertThat(e.allowed()).isFalse());
        assertThat(accessLog.count(enfield)).isEqualTo(1);
        assertThat(settings.timescales(enfield)).isEqualTo(DecisionTimescales.DEFAULTS);
    }

    @Test
    void settingsAreTheDefaultsUntilSavedThenReadByBothFeatures() {
        assertThat(escalationSettings.escalationTimescales(enfield))
                .isEqualTo(org.lscp.workspace.domain.escalation.model.EscalationTimescales.DEFAULTS);
        var changed = new org.lscp.workspace.domain.settings.model.PartnershipSettings(enfield,
                new DecisionTimescales(6, 2, 4, DecisionTimescales.RedOutOfHours.MASH_WORKING_HOURS, 12), new org.lscp.workspace.domain.escalation.model.EscalationTimescales(1, 2, 3, 4));
        tx.executeWithoutResult(s -> allSettings.save(changed));
        tx.executeWithoutResult(s -> allSettings.save(changed));
        assertThat(allSettings.find(enfield)).isEqualTo(changed);
        assertThat(settings.timescales(enfield)).isEqualTo(new DecisionTimescales(6, 2, 4, DecisionTimescales.RedOutOfHours.MASH_WORKING_HOURS, 12));
        assertThat(escalationSettings.escalationTimescales(enfield).stage4Days()).isEqualTo(4);
    }

    @Test
    void undecidedContactsDueWithinAWindowSoonestFirst() {
        Contact later = insert(contact(police, "W1", Rag.RED, NOON, NOON.plusSeconds(3_600)));
        Contact sooner = insert(contact(health, "W2", Rag.RED, NOON, NOON.plusSeconds(1_800)));
        insert(contact(police, "W3", Rag.RED, NOON, NOON));
        insert(contact(police, "W4", Rag.AMBER, NOON, NOON.plusSeconds(3_601)));
        Contact decided = insert(contact(police, "W5", Rag.RED, NOON, NOON.plusSeconds(600)));
        tx.execute(s -> contacts.save(decided.markedDecided()));

        assertThat(contacts.undecidedDueBetween(enfield, NOON, NOON.plusSeconds(3_600), 10))
                .as("after the start, up to and including the end").extracting(Contact::reference)
                .containsExactly(sooner.reference(), later.reference());
        assertThat(contacts.undecidedDueBetween(enfield, NOON, NOON.plusSeconds(3_600), 1)).hasSize(1);
    }
}
