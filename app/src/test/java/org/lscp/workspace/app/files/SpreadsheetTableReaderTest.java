package org.lscp.workspace.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.Grid;
import org.lscp.workspace.domain.shared.Table;
import org.lscp.workspace.domain.shared.ValidationException;

class SpreadsheetTableReaderTest {
    final SpreadsheetTableReader reader = new SpreadsheetTableReader();

    @Test
    void aFileOfAHundredThousandRowsUnderATitleAndHeadingsIsReadAndOneRowMoreIsRefusedPlainly() {
        StringBuilder csv = new StringBuilder("Annex A List 1,\nChild Unique ID,Gender\n");
        for (int i = 0; i < 100_000; i++) csv.append("C").append(i).append(",b) Female\n");
        assertThat(reader.grid("list1.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null).lines())
                .hasSize(100_002);
        for (int i = 0; i < 19; i++) csv.append("X").append(i).append(",a) Male\n");
        assertThatThrownBy(() -> reader.grid("list1.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null))
                .hasMessage("The file has more than 100,000 rows. Split it, by year for example, and upload each part.");
    }

    @Test
    void readsCsvWithAByteOrderMarkQuotedCommasAndBlankLines() {
        byte[] csv = ("\uFEFFRecommendation_Number,recommendation_text\n1,\"Apply thresholds, consistently\"\n\n"
                + "2,Reduce caseloads\n").getBytes(StandardCharsets.UTF_8);

        Table table = reader.read("plan.csv", csv);

        assertThat(table.hasHeader("recommendation_number")).isTrue();
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4);
        assertThat(table.rows().getFirst().get("recommendation_text")).isEqualTo("Apply thresholds, consistently");
        assertThat(table.rows().getFirst().get("RECOMMENDATION_NUMBER")).isEqualTo("1");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithDatesAsDayMonthYear() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Plan");
            sheet.value(0, 0, "recommendation_number");
            sheet.value(0, 1, "due_date");
            sheet.value(1, 0, 3);
            sheet.value(1, 1, LocalDate.of(2027, 1, 31));
            sheet.style(1, 1).format("dd/mm/yyyy").set();
        }

        Table table = reader.read("plan.xlsx", out.toByteArray());

        assertThat(table.headers()).containsExactly("recommendation_number", "due_date");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("recommendation_number")).isEqualTo("3");
            assertThat(row.get("due_date")).isEqualTo("31/01/2027");
        });
    }

    @Test
    void anEmptyFileIsExplained() {
        assertThatThrownBy(() -> reader.read("plan.csv", new byte[0])).isInstanceOf(ValidationException.class)
                .hasMessage("The file is empty.");
    }

    /** Annex A workbooks carry a sheet per list, List 1 anywhere among them, with a title above its headings. */
    static byte[] annexAWorkbook(String... sheetNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            for (String name : sheetNames) {
                Worksheet sheet = workbook.newWorksheet(name);
                sheet.value(0, 0, "Annex A " + name);
                sheet.value(2, 0, "Child Unique ID");
                sheet.value(2, 1, "Date of Contact");
                sheet.value(2, 2, "Age");
                sheet.value(3, 0, name.replace(" ", "-"));
                sheet.value(3, 1, 45992);
                sheet.value(3, 2, 10);
                sheet.value(4, 0, "formatted");
                sheet.value(4, 1, LocalDate.of(2025, 12, 2));
                sheet.style(4, 1).format("dd/mm/yyyy").set();
                sheet.value(5, 0, "zero");
                sheet.value(5, 1, 0);
                sheet.style(5, 1).format("dd/mm/yyyy").set();
            }
        }
        return out.toByteArray();
    }

    @Test
    void listsAWorkbooksSheetsInOrderAndReadsTheOneAsked() throws IOException {
        byte[] xlsx = annexAWorkbook("List 2", "List 1", "List 10", "List 11");

        assertThat(reader.sheets("annex-a.xlsx", xlsx)).containsExactly("List 2", "List 1", "List 10", "List 11");
        Grid grid = reader.grid("annex-a.xlsx", xlsx, "List 1");

        assertThat(grid.lines()).extracting(Grid.Line::number).containsExactly(1, 3, 4, 5, 6);
        assertThat(grid.lines().get(0).cells()).containsExactly("Annex A List 1");
        assertThat(grid.lines().get(1).cells()).containsExactly("Child Unique ID", "Date of Contact", "Age");
        assertThat(grid.lines().get(2).cells()).as("numbers as written: a date serial stays a number")
                .containsExactly("List-1", "45992", "10");
        assertThat(grid.lines().get(3).cell(1)).as("a date cell as its day").isEqualTo("02/12/2025");
        assertThat(grid.lines().get(4).cell(1)).as("0 in a date cell is no date: left for the caller to refuse")
                .isEqualTo("0");
        assertThat(reader.grid("annex-a.xlsx", xlsx, null).lines().get(2).cell(0)).isEqualTo("List-2");
    }

    @Test
    void aCsvFileHasNoSheets() {
        assertThat(reader.sheets("list1.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.grid("list1.csv", "a,b\n\n1,2\n".getBytes(StandardCharsets.UTF_8), null).lines())
                .extracting(Grid.Line::number).containsExactly(1, 3);
    }

    @Test
    void aMisplacedQuotationMarkIsExplainedWithItsLineNotTheParsersMessage() {
        byte[] csv = ("Child Unique ID,Gender\nCS-1,a) Male\n\nCS-2,\"b) Fem\"ale\nCS-3,a) Male\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.grid("list1.csv", csv, null)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file could not be read as CSV: line 4 has a quotation mark (\") in the "
                        + "wrong place.")
                .hasMessageNotContaining("org.apache").hasMessageNotContaining("Exception")
                .hasMessageNotContaining("encapsulated");
    }

    @Test
    void aQuotedCellNeverClosedIsExplainedWithTheLineItStartsOn() {
        byte[] csv = "Child Unique ID,Gender\nCS-1,a) Male\nCS-2,\"b) Female\nCS-3,a) Male\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.grid("list1.csv", csv, null)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file could not be read as CSV: a quoted cell that starts on line 3 is "
                        + "never closed.")
                .hasMessageNotContaining("EOF");
    }

    @Test
    void anOldExcelFileIsExplained() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> reader.sheets("list1.xls", xls)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("This is an older Excel file (.xls)");
    }
}
