package org.lscp.workspace.domain.frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lscp.workspace.domain.fixtures.FakeTableReader.csv;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout;
import org.lscp.workspace.domain.frontdoor.model.Conference;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.ValidationException;

/** Reading Annex A List 5 back onto the contacts imported from List 1. */
class EnquiryImportServiceTest {
    /** Monday 2 March 2026 (09:00 London). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String HEADINGS = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
            + "Does the Child have a Disability,Strategy discussion initiating Section 47 Enquiry Start Date,"
            + "Was an Initial Child Protection Conference deemed unnecessary?,"
            + "Date of Initial Child Protection Conference,"
            + "Did the Initial Child Protection Conference Result in a Child Protection Plan,"
            + "Number of Section 47 Enquiries in the last 12 months,Number of ICPCs in the last 12 months,"
            + "Allocated Team,Allocated Worker";

    private TestPartnerships world;
    private EnquiryImportService service;
    private Actor admin;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.today(MONDAY);
        service = new EnquiryImportService(world.tableReader, world.contacts, world.discussions, world.auditor);
        admin = world.adminA();
        world.contactImportService.commit(admin, "list-1.csv", csv(
                "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source",
                "ENF-1,b) Female,a) WBRI,01/06/2015,,02/02/2026,q) 6: Police",
                "ENF-2,a) Male,a) WBRI,01/06/2016,,03/02/2026,r) 7: Health services"));
    }

    private static byte[] file(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADINGS;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return csv(lines);
    }

    private static String row(String child, String disability, String start, String unnecessary, String date,
                              String plan, String team, String worker) {
        return String.join(",", child, "b) Female", "a) WBRI", "01/06/2015", "10", disability, start, unnecessary,
                date, plan, "0", "0", team, worker);
    }

    private Contact contactOf(String child) {
        return world.contacts.forChild(admin.partnershipId(), child).getFirst();
    }

    @Test
    void eachEnquiryGoesOntoTheChildsImportedContactAndTheSameFileAgainAddsNothing() {
        byte[] file = file(row("ENF-1", "a) Yes", "03/02/2026", "b) No", "20/02/2026", "a) Yes",
                        "Child Protection Team North", "Helen Brooks"),
                row("ENF-2", "c) Not known", "04/02/2026", "a) Yes", "", "", "", ""));
        ContactImport preview = service.preview(admin, "list-5.csv", file);
        assertThat(preview.list()).isEqualTo(AnnexALayout.Which.LIST_5);
        assertThat(preview.readyRows()).isEqualTo(2);
        assertThat(world.discussions.latestFor(admin.partnershipId(), contactOf("ENF-1").requireId())).isEmpty();

        service.commit(admin, "list-5.csv", file);
        Contact one = contactOf("ENF-1");
        assertThat(one.child().disability()).isEqualTo(Disability.YES);
        assertThat(one.allocation()).isEqualTo(new Allocation("Child Protection Team North", "Helen Brooks"));
        StrategyDiscussion held = world.discussions.latestFor(admin.partnershipId(), one.requireId()).orElseThrow();
        assertThat(held.heldOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(held.decisionId()).as("the list records no decision").isNull();
        assertThat(held.invited()).isEmpty();
        assertThat(held.conference()).isEqualTo(new Conference(false, null, LocalDate.of(2026, 2, 20), true));
        assertThat(world.discussions.latestFor(admin.partnershipId(), contactOf("ENF-2").requireId()).orElseThrow()
                .conference().deemedUnnecessary()).isTrue();

        ContactImport again = service.commit(admin, "list-5.csv", file);
        assertThat(again.readyRows()).isZero();
        assertThat(again.skippedRows()).isEqualTo(2);
    }

    @Test
    void everyProblemIsReportedByRowAndNothingIsSaved() {
        byte[] file = file(row("ENF-1", "maybe", "31/02/2026", "", "", "", "", ""),
                row("ENF-9", "b) No", "03/02/2026", "", "", "", "", ""),
                row("ENF-2", "b) No", "01/02/2026", "", "", "", "", ""),
                row("ENF-1", "b) No", "03/02/2026", "a) Yes", "20/02/2026", "", "Team", ""),
                row("ENF-1", "b) No", "03/02/2026", "", "01/02/2026", "", "", ""));
        ContactImport result = service.preview(admin, "list-5.csv", file);
        assertThat(result.rows()).extracting(ContactImport.Row::errors).satisfiesExactly(
                e -> assertThat(e).anyMatch(m -> m.contains("Disability \u201cmaybe\u201d"))
                        .anyMatch(m -> m.contains("is not dd/mm/yyyy")),
                e -> assertThat(e).containsExactly(EnquiryImportService.NO_CONTACT),
                e -> assertThat(e).as("ENF-2's contact came after").containsExactly(EnquiryImportService.NO_CONTACT),
                e -> assertThat(e).anyMatch(m -> m.contains("deemed unnecessary has no date"))
                        .anyMatch(m -> m.contains("go together")),
                e -> assertThat(e).containsExactly("The ICPC date is before the strategy discussion."));
        assertThatThrownBy(() -> service.commit(admin, "list-5.csv", file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("5 row(s) have errors");
        assertThat(contactOf("ENF-1").child().disability()).isEqualTo(Disability.NOT_KNOWN);
    }

    @Test
    void onlyAnAdminImportsAndAFileWithoutTheListsColumnsSaysWhichAreMissing() {
        assertThatThrownBy(() -> service.preview(world.mashManagerA(), "list-5.csv", file()))
                .isInstanceOf(NotAuthorisedException.class);
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                service.preview(admin, "list-5.csv", csv("Child Unique ID,Gender,Allocated Team", "ENF-1,a) Male,X")));
        assertThat(e.fieldErrors().get("file")).contains("missing the Annex A List 5 column(s): "
                + "Ethnicity, Date of Birth, Does the Child have a Disability, "
                + "Strategy discussion initiating Section 47 Enquiry Start Date");
    }
}
