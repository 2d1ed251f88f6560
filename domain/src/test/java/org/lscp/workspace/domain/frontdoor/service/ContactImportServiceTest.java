package org.lscp.workspace.domain.frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.FakeTableReader.csv;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.NEGLECT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.audit.model.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.FakeTableReader;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
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
        service = new ContactImportService(world.tableReader, world.contacts, world.agencies, world.auditor);
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
                .isEqualTo("The file is missing the Annex A List 1 column(s): Gender, Contact Source.")
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
        assertThat(result.invalidRows()).isEqualTo(8);

        assertThat(errorsOf(result, 2)).isEmpty();
        assertThat(errorsOf(result, 3)).singleElement().asString().startsWith("Gender \u201ce) Other\u201d");
        assertThat(errorsOf(result, 4)).singleElement().asString().startsWith("Ethnicity \u201ca) XXXX\u201d");
        assertThat(errorsOf(result, 5)).containsExactly("Date of Birth is in the future.");
        assertThat(errorsOf(result, 6)).containsExactly("Date of Contact is in the future.");
        assertThat(errorsOf(result, 7)).singleElement().asString()
                .isEqualTo("Date of Contact \u201c31/02/2026\u201d is not dd/mm/yyyy.");
        assertThat(errorsOf(result, 8)).singleElement().asString().startsWith("Contact Source \u201c11\u201d");
        assertThat(errorsOf(result, 9)).containsExactly(
                "Your partnership has no agency of kind " + AgencyKind.HOUSING.label() + " to file source 4 under.");
        assertThat(errorsOf(result, 10)).hasSize(3)
                .contains("Date of Birth is not dd/mm/yyyy.",
                        "Date of Contact \u201c2026-01-15\u201d is not dd/mm/yyyy.")
                .anyMatch(s -> s.startsWith("Contact Source \u201c\u201d"));
    }

    @Test
    void partnershipALacksHousingAndEarlyHelpAgencies() {
        // the fixture's agencies, on which the "no agency of that kind" rows depend
        assertThat(world.agencies.all().stream().filter(a -> a.partnershipId().equals(world.partnershipA()))
                .map(a -> a.kind())).containsExactlyInAnyOrder(AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.POLICE,
                AgencyKind.HEALTH);
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "a) Male", "a) WBRI", "", "15/01/2026", "5D: Early help"),
                row("CS-2", "a) Male", "a) WBRI", "", "15/01/2026", "1C")));
        assertThat(errorsOf(result, 2)).containsExactly(
                "Your partnership has no agency of kind Early help to file source 5D under.");
        assertThat(errorsOf(result, 3)).containsExactly(
                "Your partnership has no agency of kind Other to file source 1C under.");
    }

    @Test
    void aBlankDateOfBirthIsAllowedAndTodayIsNotTheFuture() {
        ContactImport result = service.preview(admin, FILE, file(
                row("CS-1", "b) Female", "s) REFU", "", "01/03/2026", "3A"),
                row("CS-2", "Female", "NOBT", "02/03/2026", "01/03/2026", "5A")));
        assertThat(result.valid()).isTrue();
    }

    @Test
    void aChildIdMustBeGivenAndAtMostFortyCharacters() {
        ContactImport result = service.preview(admin, FILE, file(validRow("", "15/01/2026"),
                validRow("X".repeat(41), "15/01/2026"), validRow("X".repeat(40), "15/01/2026")));
        assertThat(errorsOf(result, 2)).containsExactly("Child Unique ID must be 1 to 40 characters.");
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
        Contact live2025 = world.frontDoorService.record(world.practitionerA(),
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
        // B has no police agency
        assertThat(service.preview(world.adminB(), FILE, file(validRow("CS-2", "10/11/2025"))).valid()).isFalse();
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
}
