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

    @Test
    void listOneRoundTripsThroughTheImport() {
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
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }
}
