package org.lscp.workspace.app.ui.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
@WithMember("admin@enfield.example")
class ImportContactsViewIT extends SpringBrowserlessTest {
    static final String HEADER = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,"
            + "Contact Source\n";
    @Autowired FrontDoorQuery query;
    @Autowired SignInUseCase signIn;
    @Autowired ImportContactsUseCase imports;
    @Autowired AnnexAExportUseCase export;

    @Test
    void anUnknownSourceCodeIsReportedOnItsRowAndNothingIsSaved() {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("list1.csv", (HEADER + "IMPV-1,a) Male,a) WBRI,01/02/2015,10,03/03/2025,q) 6: Police\n"
                + "IMPV-1,a) Male,a) WBRI,01/02/2015,10,04/03/2025,z) 42: Nobody\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(test(view.rows).size()).isEqualTo(1);
        assertThat(test(view.rows).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(view.rows).getCellText(0, 3)).isEqualTo("z) 42: Nobody");
        assertThat(test(view.rows).getCellText(0, 4)).startsWith("Contact Source \u201cz) 42: Nobody\u201d is not a CIN "
                + "census source code");
        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        assertThat(query.childHistory(manager, "IMPV-1")).isEmpty();
    }

    /** List 5 is chosen on the same page: its own columns, and a child with no contact from List 1 is refused. */
    @Test
    void listFiveIsReadOntoListOnesContactsAndAChildWithoutOneIsARowError() {
        ImportContactsView view = navigate(ImportContactsView.class);
        test(view.list).selectItem("List 5: section 47 enquiries (after List 1)");
        assertThat(view.columns.getText()).contains("Strategy discussion initiating Section 47 Enquiry Start Date");
        view.received("list5.csv", ("Child Unique ID,Gender,Ethnicity,Date of Birth,Does the Child have a Disability,"
                + "Strategy discussion initiating Section 47 Enquiry Start Date,Allocated Team,Allocated Worker\n"
                + "IMPV-50,a) Male,a) WBRI,01/02/2015,b) No,03/03/2025,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(view.rows.getColumns().get(2).getHeaderText()).isEqualTo("Start date");
        assertThat(test(view.rows).getCellText(0, 4)).isEqualTo(
                "No contact about this child imported on or before the start date: import List 1 first.");
    }

    @Test
    void aValidListOneFileBecomesTheChildsHistory() {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("list1.csv", (HEADER + "IMPV-2,b) Female,s) NOBT,,,03/03/2025,q) 6: Police\n"
                + "IMPV-2,b) Female,s) NOBT,,,04/06/2025,c) 3A: GP\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.commit.isEnabled()).isTrue();
        test(view.commit).click();

        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        assertThat(query.childHistory(manager, "IMPV-2")).hasSize(2)
                .allSatisfy(c -> assertThat(c.decided()).isTrue());
    }

    // --- a real Annex A workbook: lists 1 to 11, List 1 third, a title above its headings, Excel dates ---

    /** Sheets List 2, List 3, List 1, List 4 … List 11; List 1's headings on row 3 under a title. */
    private static byte[] annexA(boolean withListOne, Object[]... listOneRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Council case system", "1.0")) {
            for (int n : new int[] {2, 3, 1, 4, 5, 6, 7, 8, 9, 10, 11}) {
                if (n == 1 && !withListOne) continue;
                Worksheet sheet = workbook.newWorksheet("List " + n);
                sheet.value(0, 0, "Annex A List " + n);
                sheet.value(1, 0, "Enfield, 1 April 2025 to 31 March 2026");
                List<String> headings = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
                        n == 1 ? "Date of Contact" : "Date of referral", n == 1 ? "Contact Source" : "Referral Source");
                for (int c = 0; c < headings.size(); c++) sheet.value(2, c, headings.get(c));
                Object[][] rows = n == 1 ? listOneRows : new Object[][] {
                        {"WRONG-LIST-" + n, "a) Male", "a) WBRI", 40000, 12, 45990, "q) 6: Police"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        if (v instanceof Number number) sheet.value(3 + r, c, number);
                        else if (v instanceof LocalDate day) {
                            sheet.value(3 + r, c, day);
                            sheet.style(3 + r, c).format("dd/mm/yyyy").set();
                        } else if (v != null) sheet.value(3 + r, c, (String) v);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** 45992 is 1 December 2025 and 42000 is 27 December 2014 as Excel counts days; the dates are fixed, past ones. */
    private static byte[] listOneWorkbook() throws IOException {
        return annexA(true,
                new Object[] {"ANNEXA-1", "b) Female", "a) WBRI", 42000, 10, 45992, "j) 1B: Acquaintance"},
                new Object[] {"ANNEXA-2", "a) Male", "c) WIRT", LocalDate.of(2013, 4, 9), 12, LocalDate.of(2025, 12, 2),
                        "t) 9: Anonymous"},
                new Object[] {"ANNEXA-3", "c) Not stated/recorded", "s) NOBT", null, null, "03/12/2025",
                        "q) 6: Police"});
    }

    @Test
    void aRealAnnexAWorkbookImportsCleanlyAndTheSameFileTwiceAddsNothing() throws IOException {
        byte[] xlsx = listOneWorkbook();
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("annex-a-2025-26.xlsx", xlsx);

        assertThat(view.fileMessage.isVisible()).isFalse();
        assertThat(view.summary.getText()).isEqualTo("From the sheet \u201cList 1\u201d (headings on row 3): 3 row(s) "
                + "will be added. Nothing is saved until you import.");
        assertThat(test(view.rows).size()).isEqualTo(3);
        assertThat(test(view.rows).getCellText(0, 0)).isEqualTo("4");
        assertThat(test(view.rows).getCellText(0, 2)).isEqualTo("01/12/2025");
        assertThat(test(view.rows).getCellText(2, 4)).isEqualTo("Ready");
        assertThat(view.commit.isEnabled()).isTrue();
        test(view.commit).click();
        assertThat(view.summary.getText()).isEqualTo("Imported 3 contact(s) from annex-a-2025-26.xlsx.");

        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        assertThat(query.childHistory(manager, "ANNEXA-1")).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(ContactSource.S1B);
            assertThat(c.sourceAgency()).as("an acquaintance is no partner agency").isNull();
            assertThat(c.receivedAt().atZone(London.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(c.child().dateOfBirth()).isEqualTo(LocalDate.of(2014, 12, 27));
        });
        assertThat(query.childHistory(manager, "ANNEXA-2")).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(ContactSource.S9);
            assertThat(c.sourceAgency()).isNull();
            assertThat(c.child().dateOfBirth()).isEqualTo(LocalDate.of(2013, 4, 9));
        });
        assertThat(query.childHistory(manager, "ANNEXA-3")).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(ContactSource.S6);
            assertThat(c.sourceAgency()).as("Enfield has a police agency").isNotNull();
        });
        assertThat(query.childHistory(manager, "WRONG-LIST-10")).as("only List 1 is read").isEmpty();
        var list1 = new String(export.csv(DemoActors.actor(signIn, "admin@enfield.example"),
                new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 3)), AnnexAList.LIST_1),
                StandardCharsets.UTF_8);
        assertThat(list1).contains("ANNEXA-1,b) Female,a) WBRI,27/12/2014,10,01/12/2025,b) 1B: Acquaintance")
                .contains("ANNEXA-2,a) Male,c) WIRT,09/04/2013,12,02/12/2025,t) 9: Anonymous")
                .contains("ANNEXA-3,c) Not stated/recorded,s) NOBT,,,03/12/2025,q) 6: Police");

        ImportContactsView again = navigate(ImportContactsView.class);
        again.received("annex-a-2025-26.xlsx", xlsx);

        assertThat(again.summary.getText()).isEqualTo("From the sheet \u201cList 1\u201d (headings on row 3): nothing "
                + "to import: all 3 rows are already in the workspace (listed below).");
        assertThat(again.commit.isEnabled()).isFalse();
        assertThat(test(again.rows).size()).isEqualTo(3);
        for (int r = 0; r < 3; r++) {
            assertThat(test(again.rows).getCellText(r, 4)).startsWith("Already imported, skipped: contact C-2025-")
                    .endsWith(" has the same child, date of contact and source.");
        }
        assertThat(imports.commit(DemoActors.actor(signIn, "admin@enfield.example"), "annex-a-2025-26.xlsx", xlsx)
                .readyRows()).isZero();
        for (String child : List.of("ANNEXA-1", "ANNEXA-2", "ANNEXA-3")) {
            assertThat(query.childHistory(manager, child)).as(child + " once").hasSize(1);
        }
    }

    @Test
    void aWorkbookWithoutAListOneSheetNamesTheSheetsItHas() throws IOException {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("annex-a.xlsx", annexA(false));
        assertThat(view.fileMessage.isVisible()).isTrue();
        assertThat(view.fileMessage.getText()).isEqualTo("This workbook has no sheet named List 1. Its sheets are: "
                + "\u201cList 2\u201d, \u201cList 3\u201d, \u201cList 4\u201d, \u201cList 5\u201d, \u201cList 6\u201d, "
                + "\u201cList 7\u201d, \u201cList 8\u201d, \u201cList 9\u201d, \u201cList 10\u201d, \u201cList 11\u201d. "
                + "Name the sheet of contacts \u201cList 1\u201d, or upload it on its own as a CSV file.");
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void anExcelDateOfZeroIsARowError() throws IOException {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("annex-a.xlsx", annexA(true,
                new Object[] {"ANNEXA-Z1", "b) Female", "a) WBRI", null, null, 0, "9"},
                new Object[] {"ANNEXA-Z2", "b) Female", "a) WBRI", null, null, 45992, "9"}));
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(test(view.rows).size()).isEqualTo(1);
        assertThat(test(view.rows).getCellText(0, 0)).isEqualTo("4");
        assertThat(test(view.rows).getCellText(0, 4)).isEqualTo("Date of Contact 0 is not a date.");
        assertThat(view.summary.getText()).contains("1 of 2 rows have problems");
    }

    @Test
    void aMalformedCsvIsExplainedInPlainWords() {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("list1.csv", (HEADER + "IMPV-9,a) Male,a) WBRI,01/02/2015,10,03/03/2025,q) 6: Police\n"
                + "IMPV-9,\"a) Ma\"le,a) WBRI,01/02/2015,10,04/03/2025,q) 6: Police\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.fileMessage.isVisible()).isTrue();
        assertThat(view.fileMessage.getText()).startsWith("The file could not be read as CSV: line 3 has a quotation "
                + "mark (\") in the wrong place.").doesNotContain("org.apache").doesNotContain("CSVException");
        assertThat(view.rows.isVisible()).isFalse();
    }
}
