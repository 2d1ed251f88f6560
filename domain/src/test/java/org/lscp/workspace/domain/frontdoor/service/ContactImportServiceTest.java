package org.lscp.workspace.domain.frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.lscp.workspace.domain.fixtures.FakeTableReader.csv;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.NEGLECT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.FakeTableReader;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.ValidationException;

class ContactImportServiceTest {
    /** Monday 2 March 2026 (09:00 London, GMT, via {@link TestPartnerships#today}). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String HEADINGS =
            "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source";
    private static final String FILE = "annex-a-list-1.csv";

    private TestPartnerships world;
    private ContactImportService service;
    private Actor admin;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.today(MONDAY);
        service = new ContactImportService(world.tableReader, world.contacts, world.directory, world.settings,
                world.auditor);
        admin = world.adminA();
    }

    private static byte[] file(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADINGS;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return csv(lines);
    }

    private static String row(String childId, String gender, String ethnicity, String born, String contacted,
                              String source) {
        return String.join(",", childId, gender, ethnicity, born, "", contacted, source);
    }

    private static String validRow(String childId, String contacted) {
        return row(childId, "a) Male", "a) WBRI", "01/06/2015", contacted, "q) 6: Police");
    }

    private List<String> errorsOf(ContactImport result, int line) {
        return result.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow().errors();
    }

    private static Instant noonOn(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(London.ZONE).toInstant();
    }

    private List<AuditEntry> auditSince(int size) {
        return world.auditLog.all().subList(size, world.auditLog.size());
    }

    private List<Contact> savedByReference() {
        return world.contacts.all().stream().filter(c -> c.channel() == Channel.IMPORTED)
                .sorted(Comparator.comparing(Contact::reference)).toList();
    }

    // --- who may import ---

    @Test
    void onlyAPartnershipAdminMayPreviewOrCommit() {
        int audit = world.auditLog.size();
        byte[] content = file(validRow("CS-1", "15/01/2026"));
        for (Actor someone : List.of(world.practitionerA(), world.mashManagerA(), world.mashPractitionerA(),
                world.leadOfficerA(), world.boardChairA())) {
            assertThatThrownBy(() -> service.preview(someone, FILE, content))
                    .isInstanceOf(NotAuthorisedException.class);
            assertThatThrownBy(() -> service.commit(someone, FILE, content))
                    .isInstanceOf(NotAuthorisedException.class);
        }
        assertThat(world.contacts.all()).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void aPractitionerIsRefusedBeforeTheFileIsEvenRead() {
        assertThatThrownBy(() -> service.preview(world.practitionerA(), FILE, file(validRow("CS-1", "15/01/2026"))))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(world.tableReader.fileNamesRead()).isEmpty();
    }

    // --- the file as a whole ---

    @Test
    void missingColumnsAreNamed() {
        byte[] content = csv("Child Unique ID,Ethnicity,Date of Birth,Date of Contact",
                "CS-1,a) WBRI,01/06/2015,15/01/2026");
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.preview(admin, FILE, content));
        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).containsOnlyKeys("file");
        assertThat(e.fieldErrors().get("file"))
                .isEqualTo("The file is missing the Annex A List 1 column(s): Gender, Contact Source. Looked for them "
                        + "among the headings on row 1 of the file: Child Unique ID, Ethnicity, Date of Birth, "
                        + "Date of Contact.")
                .doesNotContain("Age of Child");
    }

    @Test
    void theAgeColumnIsOptional() {
        byte[] content = csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Date of Contact,Contact Source",
                "CS-1,a) Male,a) WBRI,01/06/2015,15/01/2026,q) 6: Police");
        ContactImport result = service.preview(admin, FILE, content);
        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void headingsAreMatchedIgnoringCaseAndInAnyOrder() {
        byte[] content = csv("contact source,DATE OF CONTACT,child unique id,gender,ethnicity,date of birth",
                "q) 6: Police,15/01/2026,CS-1,a) Male,a) WBRI,01/06/2015");
        assertThat(service.preview(admin, FILE, content).valid()).isTrue();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> service.preview(admin, FILE, new byte[0]))
                .isInstanceOf(ValidationException.class).hasMessage(FakeTableReader.EMPTY);
        assertThatThrownBy(() -> service.commit(admin, FILE, new byte[0]))
                .isInstanceOf(ValidationException.class);
        assertThat(world.contacts.all()).isEmpty();
    }

    @Test
    void aFileWithHeadingsButNoRowsIsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.commit(admin, FILE, csv(HEADINGS, "", "")));
        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).containsEntry("file", "The file has no rows below its headings.");
        assertThat(world.contacts.all()).isEmpty();
    }

    // --- row-level errors ---

    @Test
    void everyRowIsReportedWithItsOwnErrors() {
        byte[] content = file(
                validRow("CS-OK", "15/01/2026"),                                                // line 2
                row("CS-G", "e) Other", "a) WBRI", "01/06/2015", "15/01/2026", "q) 6: Police"), // line 3
                row("CS-E", "a) Male", "a) XXXX", "01/06/2015", "15/01/2026", "q) 6: Police"),  // line 4
                row("CS-B", "a) Male", "a) WBRI", "03/03/2026", "15/01/2026", "q) 6: Police"),  // line 5
                row("CS-C", "a) Male", "a) WBRI", "01/06/2015", "03/03/2026", "q) 6: Police"),  // line 6
                row("CS-D", "a) Male", "a) WBRI", "01/06/2015", "31/02/2026", "q) 6: Police"),  // line 7
                row("CS-S", "a) Male", "a) WBRI", "01/06/2015", "15/01/2026", "11"),            // line 8
                row("CS-H", "a) Male", "a) WBRI", "01/06/2015", "15/01/2026", "4: Housing"),    // line 9
                row("CS-I", "a) Male", "a) WBRI", "2015-06-01", "2026-01-15", ""));            // line 10

        ContactImport result = service.preview(admin, FILE, content);

        assertThat(result.rows()).extracting(ContactImport.Row::line)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(result.rows()).extracting(ContactImport.Row::childId)
                .containsExactly("CS-OK", "CS-G", "CS-E", "CS-B", "CS-C", "CS-D", "CS-S", "CS-H", "CS-I");
        assertThat(result.valid()).isFalse();
        assertThat(result.invalidRows()).isEqualTo(7);

        assertThat(errorsOf(result, 2)).isEmpty();
        assertThat(errorsOf(result, 3)).singleElement().asString().startsWith("Gender \u201ce) Other\u201d");
        assertThat(errorsOf(result, 4)).singleElement().asString().startsWith("Ethnicity \u201ca) XXXX\u201d");
        assertThat(errorsOf(result, 5)).containsExactly("Date of Birth is in the future.");
        assertThat(errorsOf(result, 6)).containsExactly("Date of Contact is in the future.");
        assertThat(errorsOf(result, 7)).singleElement().asString()
                .isEqualTo("Date of Contact \u201c31/02/2026\u201d is not dd/mm/yyyy.");
        assertThat(errorsOf(result, 8)).singleElement().asString().startsWith("Contact Source \u201c11\u201d");
        assertThat(errorsOf(result, 9)).as("no housing agency: filed under none, not refused").isEmpty();
        assertThat(errorsOf(result, 10)).hasSize(3)
                .contains("Date of Birth \u201c2015-06-01\u201d is not dd/mm/yyyy.",
                        "Date of Contact \u201c2026-01-15\u201d is not dd/mm/yyyy.")
                .anyMatch(s -> s.startsWith("Contact Source \u201c\u201d"));
    }

    @Test
    void aSourceOfAKindThePartnershipLacksIsFiledUnderNoAgency() {
        // the fixture's agencies, on which the "no agency of that kind" rows depend
        assertThat(world.agencies.all().stream().filter(a -> a.partnershipId().equals(world.partnershipA()))
                .map(a -> a.kind())).containsExactlyInAnyOrder(AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.POLICE,
                AgencyKind.HEALTH);
        service.commit(admin, FILE, file(
                row("CS-1", "a) Male", "a) WBRI", "", "15/01/2026", "5D: Early help"),
                row("CS-2", "a) Male", "a) WBRI", "", "15/01/2026", "4"),
                row("CS-3", "a) Male", "a) WBRI", "", "15/01/2026", "q) 6: Police")));
        assertThat(savedByReference()).extracting(c -> c.child().caseSystemId(), Contact::source,
                Contact::sourceAgency).containsExactly(
                tuple("CS-1", ContactSource.S5D, null),
                tuple("CS-2", ContactSource.S4, null),
                tuple("CS-3", ContactSource.S6, world.agencyId(world.partnershipA(), TestPartnerships.A_POLICE)));
    }

    /** Most Annex A sources are not partner agencies: none is invented for them. */
    @Test
    void familyAcquaintancesTheChildOtherPeopleAnotherCouncilAnonymousAndUnknownHaveNoAgency() {
        List<String> codes = List.of("a) 1A: Family member/relative/carer", "b) 1B: Acquaintance", "c) 1C: Self",
                "d) 1D: Other individual", "p) 5C: External LA services", "t) 9: Anonymous", "u) 10: Unknown");
        String[] rows = new String[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            rows[i] = row("NA-" + i, "b) Female", "a) WBRI", "", "15/01/2026", codes.get(i));
        }

        ContactImport result = service.commit(admin, FILE, file(rows));

        assertThat(result.valid()).isTrue();
        assertThat(result.readyRows()).isEqualTo(7);
        assertThat(savedByReference()).allSatisfy(c -> assertThat(c.sourceAgency()).isNull())
                .extracting(Contact::source).containsExactlyInAnyOrder(ContactSource.S1A, ContactSource.S1B,
                        ContactSource.S1C, ContactSource.S1D, ContactSource.S5C, ContactSource.S9, ContactSource.S10);
        assertThat(savedByReference()).extracting(Contact::referrer).contains("Acquaintance", "Anonymous");
    }

    @Test
    void aSourceOfAKindThePartnershipHasIsFiledUnderItsAgency() {
        service.commit(admin, FILE, file(row("CS-1", "a) Male", "a) WBRI", "", "15/01/2026", "3A"),
                row("CS-2", "a) Male", "a) WBRI", "", "15/01/2026", "5B")));
        assertThat(savedByReference()).extracting(Contact::source, Contact::sourceAgency).containsExactly(
                tuple(ContactSource.S3A, world.agencyId(world.partnershipA(), TestPartnerships.A_HEALTH)),
                tuple(ContactSource.S5B, world.agencyId(world.partnershipA(), TestPartnerships.A_CHILDRENS_SERVICES)));
    }

    @Test
    void aContactOnTheHorizonDayIsImportedAndTheDayBeforeIsReportedOnItsRow() {
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "a) Male", "a) WBRI", "", "02/03/2016", "3A"),
                row("CS-2", "a) Male", "a) WBRI", "", "01/03/2016", "3A"),
                row("CS-3", "a) Male", "a) WBRI", "", "01/01/1900", "3A")));
        assertThat(errorsOf(result, 2)).isEmpty();
        assertThat(errorsOf(result, 3)).containsExactly("Date of Contact 01/03/2016 is before 02/03/2016: the workspace "
                + "holds the last 10 years of contacts (the partnership's setting).");
        assertThat(errorsOf(result, 4)).hasSize(1);
    }

    @Test
    void aDateOfBirthAfterTheContactOrMoreThan25YearsBeforeItIsReported() {
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "a) Male", "a) WBRI", "02/02/2026", "01/02/2026", "3A"),
                row("CS-2", "a) Male", "a) WBRI", "01/02/2001", "01/02/2026", "3A"),
                row("CS-3", "a) Male", "a) WBRI", "31/01/2001", "01/02/2026", "3A"),
                row("CS-4", "a) Male", "a) WBRI", "01/02/2006", "01/02/2026", "3A")));
        assertThat(errorsOf(result, 2)).containsExactly("Date of Birth is after the Date of Contact.");
        assertThat(errorsOf(result, 3)).as("exactly 25 years").isEmpty();
        assertThat(errorsOf(result, 4)).containsExactly("Date of Birth makes the young person older than 25 at the Date "
                + "of Contact.");
        assertThat(errorsOf(result, 5)).as("over 18 is imported: files hold care leavers").isEmpty();
    }

    @Test
    void aPlaceholderChildIdIsReported() {
        ContactImport result = service.preview(admin, FILE, file(
                row("not known", "a) Male", "a) WBRI", "", "01/02/2026", "3A")));
        assertThat(errorsOf(result, 2)).containsExactly("Child Unique ID \u201cnot known\u201d is not an id.");
    }

    @Test
    void aBlankDateOfBirthIsAllowedAndTodayIsNotTheFuture() {
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "b) Female", "s) REFU", "", "01/03/2026", "3A"),
                row("CS-2", "Female", "NOBT", "02/03/2026", "02/03/2026", "5A")));
        assertThat(result.valid()).isTrue();
    }

    @Test
    void aChildIdMustBeGivenAndAtMostFortyCharacters() {
        ContactImport result = service.preview(admin, FILE, file(validRow("", "15/01/2026"),
                validRow("X".repeat(41), "15/01/2026"), validRow("X".repeat(40), "15/01/2026")));
        assertThat(errorsOf(result, 2)).containsExactly("Child Unique ID is empty: List 1 names each child by their "
                + "case-system id.");
        assertThat(errorsOf(result, 3)).containsExactly("Child Unique ID must be 1 to 40 characters.");
        assertThat(errorsOf(result, 4)).isEmpty();
    }

    // --- preview and commit ---

    @Test
    void aPreviewSavesNothing() {
        int audit = world.auditLog.size();
        ContactImport result = service.preview(admin, FILE, file(validRow("CS-1", "15/01/2026"),
                validRow("CS-2", "16/01/2026")));
        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).hasSize(2).allMatch(r -> r.errors().isEmpty());
        assertThat(world.contacts.all()).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void aCommitWithOneBadRowSavesNothing() {
        int audit = world.auditLog.size();
        byte[] content = file(validRow("CS-1", "15/01/2026"), validRow("CS-2", "16/01/2026"),
                row("CS-3", "a) Male", "a) WBRI", "01/06/2015", "16/01/2026", "11"));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.commit(admin, FILE, content));
        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).containsOnlyKeys("file");
        assertThat(e.fieldErrors().get("file")).startsWith("1 row(s) have errors");
        assertThat(world.contacts.all()).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void aValidCommitSavesEveryRowAsDecidedHistory() {
        int audit = world.auditLog.size();
        byte[] content = file(
                row("CS-1", "a) Male", "a) WBRI", "01/06/2015", "10/11/2025", "q) 6: Police"),
                row("CS-2", "b) Female", "s) REFU", "", "20/12/2025", "g) 3A: GP"),
                row("CS-3", "d) Neither", "BAFR", "05/05/2020", "15/01/2026", "5B"));

        ContactImport result = service.commit(admin, FILE, content);

        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).hasSize(3);
        List<Contact> saved = world.contacts.all();
        assertThat(saved).hasSize(3).allSatisfy(c -> {
            assertThat(c.partnershipId()).isEqualTo(world.partnershipA());
            assertThat(c.channel()).isEqualTo(Channel.IMPORTED);
            assertThat(c.decided()).isTrue();
            assertThat(c.submittedBy()).isEqualTo(admin.memberId());
            assertThat(c.summary()).contains(FILE);
        });
        assertThat(saved).extracting(c -> c.child().caseSystemId()).containsExactly("CS-1", "CS-2", "CS-3");
        assertThat(saved).extracting(c -> c.child().gender())
                .containsExactly(Gender.MALE, Gender.FEMALE, Gender.NEITHER);
        assertThat(saved).extracting(c -> c.child().ethnicity())
                .containsExactly(Ethnicity.WBRI, Ethnicity.REFU, Ethnicity.BAFR);
        assertThat(saved).extracting(c -> c.child().dateOfBirth())
                .containsExactly(LocalDate.of(2015, 6, 1), null, LocalDate.of(2020, 5, 5));
        assertThat(saved).extracting(Contact::receivedAt).containsExactly(noonOn(LocalDate.of(2025, 11, 10)),
                noonOn(LocalDate.of(2025, 12, 20)), noonOn(LocalDate.of(2026, 1, 15)));
        assertThat(saved).extracting(Contact::sourceAgency).containsExactly(
                world.agencyId(world.partnershipA(), TestPartnerships.A_POLICE),
                world.agencyId(world.partnershipA(), TestPartnerships.A_HEALTH),
                world.agencyId(world.partnershipA(), TestPartnerships.A_CHILDRENS_SERVICES));
        assertThat(saved).extracting(Contact::referrer).containsExactly("Police", "GP", "Other internal LA services");
        assertThat(saved).extracting(Contact::source)
                .containsExactly(ContactSource.S6, ContactSource.S3A, ContactSource.S5B);

        assertThat(world.contacts.queue(world.partnershipA(), ContactFilter.OPEN, null, world.clock.instant(),
                PageRequest.first(100)))
                .isEmpty();
        assertThat(world.contacts.count(world.partnershipA(), ContactFilter.OPEN, null)).isZero();

        List<AuditEntry> entries = auditSince(audit);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("Contact import");
            assertThat(e.entityId()).isEqualTo(FILE);
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.partnershipId()).isEqualTo(world.partnershipA());
        });
    }

    @Test
    void referencesAreGapFreePerYear() {
        service.commit(admin, FILE, file(validRow("CS-1", "10/11/2025"), validRow("CS-2", "15/01/2026"),
                validRow("CS-3", "20/12/2025")));
        assertThat(world.contacts.all()).extracting(c -> c.child().caseSystemId() + " " + c.reference())
                .containsExactly("CS-1 C-2025-000001", "CS-2 C-2026-000001", "CS-3 C-2025-000002");
    }

    @Test
    void referencesFollowThoseAlreadyIssued() {
        Contact live2026 = world.recordContact(world.practitionerA(), "LIVE-1");
        Contact live2025 = world.recording.record(world.practitionerA(),
                world.contactCommand(noonOn(LocalDate.of(2025, 6, 2)), "LIVE-2", Rag.GREEN, false, NEGLECT));
        assertThat(live2026.reference()).isEqualTo("C-2026-000001");
        assertThat(live2025.reference()).isEqualTo("C-2025-000001");

        service.commit(admin, FILE, file(validRow("CS-1", "10/11/2025"), validRow("CS-2", "20/12/2025"),
                validRow("CS-3", "15/01/2026")));

        assertThat(savedByReference()).extracting(Contact::reference)
                .containsExactly("C-2025-000002", "C-2025-000003", "C-2026-000002");
        assertThat(world.contacts.queue(world.partnershipA(), ContactFilter.OPEN, null, world.clock.instant(),
                PageRequest.first(100)))
                .extracting(QueueRow::reference).containsExactlyInAnyOrder("C-2026-000001", "C-2025-000001");
    }

    @Test
    void anotherPartnershipsImportDoesNotTouchPartnershipA() {
        service.commit(world.adminB(), FILE, file(row("CS-1", "a) Male", "a) WBRI", "", "10/11/2025", "5A")));
        assertThat(world.contacts.all()).singleElement().satisfies(c -> {
            assertThat(c.partnershipId()).isEqualTo(world.partnershipB());
            assertThat(c.reference()).isEqualTo("C-2025-000001");
        });
        // B has no police agency: its police contacts are filed under none
        service.commit(world.adminB(), FILE, file(validRow("CS-2", "10/11/2025")));
        assertThat(world.contacts.forChild(world.partnershipB(), "CS-2")).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(ContactSource.S6);
            assertThat(c.sourceAgency()).isNull();
        });
        service.commit(admin, FILE, file(validRow("CS-1", "10/11/2025")));
        assertThat(world.contacts.forChild(world.partnershipA(), "CS-1")).singleElement()
                .extracting(Contact::reference).isEqualTo("C-2025-000001");
    }

    // --- imported history counts ---

    @Test
    void importedContactsCountTowardsARepeatContact() {
        service.commit(admin, FILE, file(validRow("CS-9", "15/06/2025"), validRow("CS-9", "10/02/2026"),
                validRow("CS-OTHER", "10/02/2026")));

        Contact live = world.recordContact(world.practitionerA(), "CS-9");

        assertThat(world.flags.forContact(live.requireId())).filteredOn(Flag::open).extracting(Flag::type)
                .containsExactly(FlagType.REPEAT_CONTACT);
        Contact other = world.recordContact(world.practitionerA(), "CS-OTHER");
        assertThat(world.flags.forContact(other.requireId())).extracting(Flag::type)
                .doesNotContain(FlagType.REPEAT_CONTACT);
    }

    @Test
    void importedContactsOlderThanTwelveMonthsDoNotCount() {
        service.commit(admin, FILE, file(validRow("CS-9", "01/02/2025"), validRow("CS-9", "10/02/2026")));
        Contact live = world.recordContact(world.practitionerA(), "CS-9");
        assertThat(world.flags.forContact(live.requireId())).extracting(Flag::type)
                .doesNotContain(FlagType.REPEAT_CONTACT);
    }

    /** Fails today: a row dated today is stored at 12:00 London even when imported earlier that day. */
    @Test
    void aContactDatedTodayIsNotStoredAsReceivedInTheFuture() {
        service.commit(admin, FILE, file(validRow("CS-9", "02/03/2026")));
        assertThat(world.contacts.all()).singleElement().extracting(Contact::receivedAt)
                .satisfies(at -> assertThat(at).isBeforeOrEqualTo(world.clock.instant()));
    }

    // --- workbooks as councils send them ---

    private static List<String> listOne(String... rows) {
        List<String> lines = new ArrayList<>(List.of("Annex A List 1: Contacts", "Northshire, 1 April 2025 to 31 March "
                + "2026", "Child unique identifier,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source"));
        lines.addAll(List.of(rows));
        return lines;
    }

    private static Map<String, List<String>> listsOneToEleven(List<String> listOne) {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        sheets.put("Cover", List.of("Annex A"));
        for (int n = 2; n <= 11; n++) {
            sheets.put("List " + n, List.of("Child Unique ID,Gender", "X-" + n + ",a) Male"));
            if (n == 3) sheets.put("List 1", listOne);
        }
        return sheets;
    }

    @Test
    void theListOneSheetIsReadWhereverItStandsUnderItsTitle() {
        byte[] workbook = FakeTableReader.workbook(listsOneToEleven(listOne(
                "WB-1,b) Female,a) WBRI,45000,10,45992,j) 1B: Acquaintance",
                "WB-2,a) Male,c) WIRT,,,01/12/2025,t) 9: Anonymous")));

        ContactImport result = service.commit(admin, "annex-a.xlsx", workbook);

        assertThat(result.sheet()).isEqualTo("List 1");
        assertThat(result.headingLine()).isEqualTo(3);
        assertThat(result.rows()).extracting(ContactImport.Row::line).containsExactly(4, 5);
        assertThat(result.rows()).extracting(ContactImport.Row::date).containsExactly("01/12/2025",
                "01/12/2025");
        assertThat(savedByReference()).extracting(c -> c.child().caseSystemId(), Contact::source,
                Contact::sourceAgency, c -> c.child().dateOfBirth()).containsExactly(
                tuple("WB-1", ContactSource.S1B, null, LocalDate.of(2023, 3, 15)),
                tuple("WB-2", ContactSource.S9, null, null));
        assertThat(savedByReference()).extracting(Contact::receivedAt).containsOnly(noonOn(LocalDate.of(2025, 12, 1)));
    }

    @Test
    void aWorkbookWithoutAListOneSheetIsRefusedNamingItsSheets() {
        Map<String, List<String>> sheets = listsOneToEleven(listOne());
        sheets.remove("List 1");
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.preview(admin, "annex-a.xlsx", FakeTableReader.workbook(sheets)));
        assertThat(e).isNotNull();
        assertThat(e.fieldErrors().get("file")).isEqualTo("This workbook has no sheet named List 1. Its sheets are: "
                + "\u201cCover\u201d, \u201cList 2\u201d, \u201cList 3\u201d, \u201cList 4\u201d, \u201cList 5\u201d, "
                + "\u201cList 6\u201d, \u201cList 7\u201d, \u201cList 8\u201d, \u201cList 9\u201d, \u201cList 10\u201d, "
                + "\u201cList 11\u201d. Name the sheet of contacts \u201cList 1\u201d, or upload it on its own as a CSV file.");
    }

    @Test
    void twoListOneSheetsAreRefusedRatherThanGuessed() {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        sheets.put("List 1", listOne(validRow("CS-1", "15/01/2026")));
        sheets.put("List 1 (old)", listOne(validRow("CS-1", "15/01/2025")));
        assertThatThrownBy(() -> service.preview(admin, "annex-a.xlsx", FakeTableReader.workbook(sheets)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than one sheet named like List 1")
                .hasMessageContaining("\u201cList 1 (old)\u201d");
    }

    @Test
    void aSingleSheetWorkbookIsReadWhateverItsName() {
        ContactImport result = service.preview(admin, "contacts.xlsx", FakeTableReader.workbook(Map.of("Contacts",
                List.of(HEADINGS, validRow("CS-1", "15/01/2026")))));
        assertThat(result.sheet()).isEqualTo("Contacts");
        assertThat(result.valid()).isTrue();
    }

    @Test
    void aFileWithNoHeadingRowSaysWhatItLookedFor() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.preview(admin, FILE,
                csv("Contacts for Ofsted", "CS-1,a) Male,a) WBRI")));
        assertThat(e).isNotNull();
        assertThat(e.fieldErrors().get("file")).isEqualTo("No row in the first 20 rows of the file has the Annex A "
                + "List 1 headings. Looked for: Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years), "
                + "Date of Contact, Contact Source.");
    }

    @Test
    void headingsAreMatchedLooselyAsOfstedsTemplatesVary() {
        byte[] content = csv("CHILD UNIQUE ID ,gender,Ethnicity, Date of birth ,Age of child (years),date of contact,"
                + "Contact source", "CS-1,a) Male,a) WBRI,01/06/2015,10,15/01/2026,q) 6: Police");
        assertThat(service.preview(admin, FILE, content).valid()).isTrue();
    }

    @Test
    void anExcelDateThatIsNoDateIsARowError() {
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "a) Male", "a) WBRI", "", "0", "6"),
                row("CS-2", "a) Male", "a) WBRI", "-5", "45992", "6"),
                row("CS-3", "a) Male", "a) WBRI", "", "99999999", "6"),
                row("CS-4", "a) Male", "a) WBRI", "", "", "6")));
        assertThat(errorsOf(result, 2)).containsExactly("Date of Contact 0 is not a date.");
        assertThat(errorsOf(result, 3)).containsExactly("Date of Birth -5 is not a date.");
        assertThat(errorsOf(result, 4)).containsExactly("Date of Contact 99999999 is not a date.");
        assertThat(errorsOf(result, 5)).containsExactly("Date of Contact is empty: write it as dd/mm/yyyy.");
    }

    @Test
    void anUnknownSourceCodeIsARowErrorThatListsTheCodes() {
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "a) Male", "a) WBRI", "", "15/01/2026", "z) 42: Nobody")));
        assertThat(errorsOf(result, 2)).singleElement().asString()
                .isEqualTo("Contact Source \u201cz) 42: Nobody\u201d is not a CIN census source code such as "
                        + "q) 6: Police or b) 1B: Acquaintance (the codes are 1A to 1D, 2A, 2B, 3A to 3F, 4, 5A to 5D, "
                        + "6, 7, 8, 9 and 10).");
    }

    // --- rows already there ---

    @Test
    void theSameFileImportedTwiceAddsNothingTheSecondTime() {
        byte[] content = file(validRow("CS-1", "15/01/2026"), row("CS-2", "a) Male", "a) WBRI", "", "16/01/2026",
                "1B"));
        ContactImport first = service.commit(admin, FILE, content);
        assertThat(first.readyRows()).isEqualTo(2);
        assertThat(first.skippedRows()).isZero();
        int audit = world.auditLog.size();
        List<String> references = savedByReference().stream().map(Contact::reference).toList();

        ContactImport preview = service.preview(admin, FILE, content);
        ContactImport second = service.commit(admin, FILE, content);

        for (ContactImport again : List.of(preview, second)) {
            assertThat(again.valid()).isTrue();
            assertThat(again.readyRows()).isZero();
            assertThat(again.skippedRows()).isEqualTo(2);
            assertThat(again.rows()).extracting(ContactImport.Row::check).containsExactly(
                    "Already imported, skipped: contact " + references.get(0) + " has the same child, date of "
                            + "contact and source.",
                    "Already imported, skipped: contact " + references.get(1) + " has the same child, date of "
                            + "contact and source.");
        }
        assertThat(world.contacts.all()).hasSize(2);
        assertThat(world.auditLog.size()).as("nothing added, nothing audited").isEqualTo(audit);
    }

    @Test
    void onlyTheNewRowsOfALongerFileAreAdded() {
        service.commit(admin, FILE, file(validRow("CS-1", "15/01/2026")));
        ContactImport result = service.commit(admin, FILE, file(validRow("CS-1", "15/01/2026"),
                validRow("CS-1", "16/01/2026"), row("CS-1", "a) Male", "a) WBRI", "", "15/01/2026", "3A"),
                validRow("cs-1", "15/01/2026")));
        assertThat(result.rows()).extracting(ContactImport.Row::ready).containsExactly(false, true, true, false);
        assertThat(world.contacts.forChild(world.partnershipA(), "CS-1")).hasSize(3);
        assertThat(world.auditLog.all().getLast().after()).contains("skipped as already there: 2");
    }

    @Test
    void aRowTheFileRepeatsIsAddedOnceAndTheRepeatSkipped() {
        ContactImport result = service.commit(admin, FILE, file(validRow("CS-1", "15/01/2026"),
                validRow("CS-2", "15/01/2026"), validRow("CS-1", "15/01/2026")));
        assertThat(result.readyRows()).isEqualTo(2);
        assertThat(errorsOf(result, 4)).isEmpty();
        assertThat(result.rows().get(2).skipped()).isEqualTo("Already in this file on row 2 (same child, date of "
                + "contact and source), skipped.");
        assertThat(world.contacts.forChild(world.partnershipA(), "CS-1")).hasSize(1);
    }

    @Test
    void aContactRecordedLiveIsNotImportedAgain() {
        Contact live = world.recording.record(world.practitionerA(), world.contactCommand(
                noonOn(LocalDate.of(2026, 1, 15)).minusSeconds(3 * 3600), "CS-9", Rag.GREEN, false, NEGLECT));
        assertThat(live.source()).isEqualTo(ContactSource.S6);

        ContactImport result = service.preview(admin, FILE, file(validRow("CS-9", "15/01/2026"),
                row("CS-9", "a) Male", "a) WBRI", "", "15/01/2026", "3A")));

        assertThat(result.rows().get(0).skipped()).isEqualTo("Already recorded, skipped: contact " + live.reference()
                + " has the same child, date of contact and source.");
        assertThat(result.rows().get(1).ready()).as("another source the same day is another contact").isTrue();
    }

    @Test
    void rowsWithErrorsStopTheImportEvenWhenOthersAreAlreadyThere() {
        service.commit(admin, FILE, file(validRow("CS-1", "15/01/2026")));
        byte[] content = file(validRow("CS-1", "15/01/2026"), validRow("CS-2", "15/01/2026"),
                row("CS-3", "a) Male", "a) WBRI", "", "0", "6"));
        assertThatThrownBy(() -> service.commit(admin, FILE, content)).isInstanceOf(ValidationException.class)
                .hasMessage("1 row(s) have errors, so nothing was imported. Correct them and try again.");
        assertThat(world.contacts.all()).hasSize(1);
    }
}
