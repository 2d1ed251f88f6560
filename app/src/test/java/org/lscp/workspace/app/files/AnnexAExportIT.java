package org.lscp.workspace.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annex A from the demo contacts, through the real SQL, writers and reader: the workbook has a sheet per list, and
 * List 1 round-trips through the front door's List 1 import into another partnership and out again unchanged.
 */
@WorkspaceTest
class AnnexAExportIT {
    @Autowired AnnexAExportUseCase export;
    @Autowired java.time.Clock clock;
    @Autowired ImportContactsUseCase imports;
    @Autowired org.lscp.workspace.domain.frontdoor.port.in.ImportEnquiriesUseCase enquiryImports;
    @Autowired SignInUseCase signIn;

    @Autowired org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase agencies;

    private Period year() {
        return Period.yearTo(org.lscp.workspace.domain.shared.London.today(clock));
    }

    /** Waltham Forest gains the partner kinds Enfield's contacts came from (probation, voluntary sector, other). */
    @org.junit.jupiter.api.BeforeEach
    void walthamForestHasEveryKindOfPartner() {
        var admin = DemoActors.actor(signIn, "admin@walthamforest.example");
        var kinds = agencies.list(admin, org.lscp.workspace.domain.partnership.model.AgencyFilter.NONE,
                org.lscp.workspace.domain.shared.PageRequest.first(100)).stream().map(a -> a.kind()).toList();
        for (var kind : org.lscp.workspace.domain.partnership.model.AgencyKind.values()) {
            if (!kinds.contains(kind)) {
                agencies.create(admin, new org.lscp.workspace.domain.partnership.model.SaveAgencyCommand(
                        "Waltham Forest " + kind.label(), kind, false));
            }
        }
    }

    @Test
    void theWorkbookHasListsOneThreeAndFiveWithOfstedsHeadings() throws Exception {
        byte[] xlsx = export.xlsx(DemoActors.actor(signIn, "admin@enfield.example"), year());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName)
                    .containsExactly("List 1 Contacts", "List 3 Referrals", "List 5 Section 47");
            List<Integer> sizes = new ArrayList<>();
            for (Sheet sheet : sheets) {
                var rows = sheet.read();
                assertThat(rows.getFirst().getCellText(0)).isEqualTo("Child Unique ID");
                sizes.add(rows.size() - 1);
            }
            assertThat(sizes.get(0)).isGreaterThan(sizes.get(1)).isPositive();
            assertThat(sizes.get(1)).isGreaterThanOrEqualTo(sizes.get(2)).isPositive();
        }
        var preview = imports.preview(DemoActors.actor(signIn, "admin@walthamforest.example"), "annex-a.xlsx", xlsx);
        // only a child the MASH has not yet matched to a case-system id (recorded by a partner) is refused, by row
        assertThat(preview.rows()).filteredOn(r -> !r.errors().isEmpty()).allSatisfy(r -> {
            assertThat(r.childId()).isEmpty();
            assertThat(r.errors()).containsExactly("Child Unique ID is empty: List 1 names each child by their "
                    + "case-system id.");
        });
        assertThat(preview.rows()).filteredOn(r -> r.errors().isEmpty()).hasSizeGreaterThan(50);
    }

    /** Every column of Lists 3 and 5 is filled from the records; a cell is blank only where there is no value yet. */
    @Test
    void noColumnOfTheDemoListsIsBlankForWantOfAField() {
        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        for (AnnexAList list : List.of(AnnexAList.LIST_3, AnnexAList.LIST_5)) {
            // the demo's own children (other tests add contacts of their own to Enfield)
            List<String[]> rows = lines(export.csv(manager, year(), list)).stream().skip(1)
                    .map(l -> l.split(",", -1)).filter(r -> r[0].startsWith("ENF-")).toList();
            assertThat(rows).as(list.sheet()).hasSizeGreaterThan(5);
            List<String> headers = list.headers();
            for (int column = 1; column < headers.size(); column++) {
                int c = column;
                assertThat(rows).as("%s: %s", list.sheet(), headers.get(c)).anyMatch(r -> !r[c].isEmpty());
            }
            int worker = headers.indexOf("Allocated Worker");
            assertThat(rows.stream().filter(r -> !r[worker].isEmpty()).count()).as("%s: allocated", list.sheet())
                    .isGreaterThan(rows.size() * 8L / 10);
        }
        List<String[]> five = lines(export.csv(manager, year(), AnnexAList.LIST_5)).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        assertThat(five).allSatisfy(r -> assertThat(r[5]).as("disability").isIn("a) Yes", "b) No", "c) Not known"));
    }

    /** List 1 round-trips, then List 5 onto the contacts List 1 brought (in one test: both fill Waltham Forest). */
    @Test
    void listsOneAndFiveRoundTripThroughTheImports() {
        List<String> everyRow = lines(export.csv(DemoActors.actor(signIn, "mash.manager@enfield.example"), year(),
                AnnexAList.LIST_1));
        // the identified children: one whose case-system id is not known yet exports with it empty (see above)
        // (written as "" or nothing: the CSV printer quotes an empty first cell)
        List<String> exported = everyRow.stream().filter(l -> !l.startsWith(",") && !l.startsWith("\"\",")).toList();
        byte[] csv = ("\uFEFF" + String.join("\r\n", exported) + "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(exported.getFirst()).isEqualTo("Child Unique ID,Gender,Ethnicity,Date of Birth,"
                + "Age of Child (Years),Date of Contact,Contact Source");
        assertThat(exported).hasSizeGreaterThan(50);

        var walthamForest = DemoActors.actor(signIn, "admin@walthamforest.example");
        var preview = imports.preview(walthamForest, "enfield-list-1.csv", csv);
        assertThat(preview.rows()).filteredOn(r -> !r.errors().isEmpty()).isEmpty();
        var imported = imports.commit(walthamForest, "enfield-list-1.csv", csv);
        assertThat(imported.valid()).isTrue();
        // List 1 has no reference: two contacts about a child on one day from one source are the same row, and the
        // import keeps one of them (the repeat is skipped and says so)
        List<String> distinct = exported.stream().distinct().toList();
        assertThat(imported.skippedRows()).isEqualTo(exported.size() - distinct.size());
        assertThat(imported.readyRows()).isEqualTo(distinct.size() - 1);

        List<String> again = lines(export.csv(walthamForest, year(), AnnexAList.LIST_1));
        assertThat(again).containsExactlyInAnyOrderElementsOf(distinct);
        assertThat(imports.commit(walthamForest, "enfield-list-1.csv", csv).readyRows())
                .as("the same file again adds nothing").isZero();

        // List 5 read back onto those contacts: every column it records comes back the same; the two counts of the
        // last 12 months are counted again from what Waltham Forest holds (no decisions came with the list)
        List<String> enquiries = lines(export.csv(DemoActors.actor(signIn, "mash.manager@enfield.example"), year(),
                AnnexAList.LIST_5)).stream().filter(l -> !l.startsWith(",") && !l.startsWith("\"\",")).toList();
        assertThat(enquiries).hasSizeGreaterThan(10);
        byte[] listFive = ("\uFEFF" + String.join("\r\n", enquiries) + "\r\n").getBytes(StandardCharsets.UTF_8);
        var preview5 = enquiryImports.preview(walthamForest, "enfield-list-5.csv", listFive);
        assertThat(preview5.rows()).filteredOn(r -> !r.errors().isEmpty()).isEmpty();
        var read5 = enquiryImports.commit(walthamForest, "enfield-list-5.csv", listFive);
        assertThat(read5.readyRows()).isPositive();
        List<String> back = lines(export.csv(walthamForest, year(), AnnexAList.LIST_5)).stream().skip(1)
                .map(AnnexAExportIT::recorded).toList();
        List<String> sent = enquiries.stream().skip(1).map(AnnexAExportIT::recorded).distinct().toList();
        assertThat(back).hasSize((int) read5.readyRows()).allSatisfy(row -> assertThat(sent).contains(row));
        assertThat(back.stream().filter(r -> r.contains("a) Yes") || r.contains("b) No"))).isNotEmpty();
        assertThat(enquiryImports.commit(walthamForest, "enfield-list-5.csv", listFive).readyRows())
                .as("the same file again adds nothing").isZero();
    }

    /** A List 5 line without its two counts of the last 12 months (columns 11 and 12). */
    private static String recorded(String line) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        cells.subList(10, 12).clear();
        return String.join(",", cells);
    }

    /**
     * A child id a spreadsheet would run (CSV injection) goes out inert and comes back as the same text: imported into
     * Waltham Forest from a file as the workspace writes it, exported (CSV: with an apostrophe in front; workbook: a
     * text cell), both exports read by Enfield's import as the same ids, and Enfield's export the same as Waltham
     * Forest's. The contacts are dated two years back, on a day no demo contact has, out of the other tests' year.
     */
    @Test
    void aChildIdASpreadsheetWouldRunGoesOutInertAndComesBackAsTheSameText() throws Exception {
        java.time.LocalDate day = org.lscp.workspace.domain.shared.London.today(clock).minusYears(2);
        Period then = new Period(day, day);
        List<String> ids = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://ev.il\",\"x\")",
                "@SUM(1+9)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "'=quoted already");
        List<List<String>> file = new ArrayList<>();
        file.add(AnnexAList.LIST_1.headers());
        for (String id : ids) {
            file.add(List.of(id, "a) Male", "a) WBRI", "04/03/2012", "", AnnexA.date(day), "q) 6: Police"));
        }
        var walthamForest = DemoActors.actor(signIn, "admin@walthamforest.example");
        var enfield = DemoActors.actor(signIn, "admin@enfield.example");
        var first = imports.commit(walthamForest, "hostile.csv", SpreadsheetCells.csv(file));
        assertThat(first.rows()).extracting(r -> r.childId()).containsExactlyElementsOf(ids);
        assertThat(first.readyRows()).isEqualTo(ids.size());

        // the CSV: no cell a spreadsheet would run; each id with one apostrophe in front
        byte[] csv = export.csv(walthamForest, then, AnnexAList.LIST_1);
        List<List<String>> records = records(csv);
        assertThat(records).allSatisfy(cells -> assertThat(cells).noneMatch(SpreadsheetCells::runnable));
        assertThat(records).extracting(List::getFirst).containsExactlyInAnyOrder("Child Unique ID",
                "'=cmd|' /C calc'!A0", "'=HYPERLINK(\"http://ev.il\",\"x\")", "'@SUM(1+9)*cmd|' /C calc'!A0",
                "'-2+3+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0", "''=quoted already");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n\"'=HYPERLINK(\"\"http://ev.il\"\",\"\"x\"\")\",");

        // the workbook: text cells (never formulas; the Text format for those a spreadsheet would run) holding the ids
        byte[] xlsx = export.xlsx(walthamForest, then);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            var rows = workbook.findSheet("List 1 Contacts").orElseThrow().read();
            List<String> read = new ArrayList<>();
            for (var row : rows.subList(1, rows.size())) {
                var cell = row.getCell(0);
                assertThat(cell.getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
                read.add(cell.getText());
            }
            assertThat(read).containsExactlyInAnyOrder("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://ev.il\",\"x\")",
                    "@SUM(1+9)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0",
                    "''=quoted already");
        }

        assertThat(SpreadsheetCellsTest.parts(xlsx, "xl/worksheets/")).doesNotContain("<f>", "<f ");
        assertThat(SpreadsheetCellsTest.parts(xlsx, "xl/styles.xml")).contains("formatCode=\"@\"");

        // both files read back as the same ids
        assertThat(imports.preview(enfield, "waltham-forest.xlsx", xlsx).rows()).allSatisfy(r ->
                assertThat(r.errors()).isEmpty()).extracting(r -> r.childId()).containsExactlyInAnyOrderElementsOf(ids);
        var again = imports.commit(enfield, "waltham-forest-list-1.csv", csv);
        assertThat(again.rows()).extracting(r -> r.childId()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(again.readyRows()).isEqualTo(ids.size());
        assertThat(records(export.csv(enfield, then, AnnexAList.LIST_1))).containsExactlyInAnyOrderElementsOf(records);
    }

    /** The cells of a CSV as written, apostrophes and all (no un-neutralising). */
    private static List<List<String>> records(byte[] csv) throws java.io.IOException {
        try (var parser = org.apache.commons.csv.CSVParser.parse(new String(csv, 3, csv.length - 3,
                StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return parser.stream().map(r -> r.toList()).toList();
        }
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }
}
