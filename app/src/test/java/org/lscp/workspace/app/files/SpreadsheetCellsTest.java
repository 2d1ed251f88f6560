package org.lscp.workspace.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.Grid;

/** The one rule for cells leaving the workspace, and its inverse for cells coming in (issue 15, part 6). */
class SpreadsheetCellsTest {
    static final List<String> TEXTS = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://ev.il\",\"x\")",
            "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
            "=1+1", "+44 20 7946 0000", "-", "-3", "-0.5", "'=already quoted", "''=twice", "'plain", "'", "''", "",
            "CS-1234", "a) WBRI", "q) 6: Police", "31/01/2027", "it's fine", "=", "@");

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void aCellStartingWithEachTriggerGetsOneApostropheAndComesBackAsTyped(String trigger) {
        String typed = trigger + "cmd|' /C calc'!A0";
        assertThat(SpreadsheetCells.runnable(typed)).isTrue();
        assertThat(SpreadsheetCells.inert(typed)).isEqualTo("'" + typed);
        assertThat(SpreadsheetCells.asTyped("'" + typed)).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CS-1234", "a) Male", "31/01/2027", "12", "q) 6: Police", "it's", "'quoted", "", " =x",
            "-", "-3", "-0.5", "-12.25"})
    void cellsASpreadsheetCannotRunAreWrittenAsTheyAre(String text) {
        assertThat(SpreadsheetCells.runnable(text)).isFalse();
        assertThat(SpreadsheetCells.inert(text)).isEqualTo(text);
        assertThat(SpreadsheetCells.asTyped(text)).isEqualTo(text);
    }

    @Test
    void aNegativeNumberIsLeftANumberButANegativeFormulaIsNot() {
        assertThat(SpreadsheetCells.inert("-3")).isEqualTo("-3");
        assertThat(SpreadsheetCells.inert("-3+1")).isEqualTo("'-3+1");
        assertThat(SpreadsheetCells.inert("-3e2")).isEqualTo("'-3e2");
        assertThat(SpreadsheetCells.inert("--3")).isEqualTo("'--3");
        assertThat(SpreadsheetCells.inert("- 3")).isEqualTo("'- 3");
    }

    @Test
    void readingTakesOffExactlyOneApostropheAndOnlyBeforeATriggerOrAnotherApostrophe() {
        assertThat(SpreadsheetCells.asTyped("'=1+1")).isEqualTo("=1+1");
        assertThat(SpreadsheetCells.asTyped("''=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.asTyped("'plain")).isEqualTo("'plain");
        assertThat(SpreadsheetCells.asTyped("'")).isEqualTo("'");
        assertThat(SpreadsheetCells.asTyped("''")).isEqualTo("'");
        // a text that already looks neutralised is written with one more apostrophe, so it comes back the same
        assertThat(SpreadsheetCells.inert("'=already")).isEqualTo("''=already");
        assertThat(SpreadsheetCells.inert("''")).isEqualTo("'''");
    }

    @Test
    void everyTextRoundTripsThroughTheRule() {
        for (String text : TEXTS) {
            assertThat(SpreadsheetCells.asTyped(SpreadsheetCells.inert(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void noCellOfAWorkspaceCsvStartsWithATriggerAndTheReaderGivesEveryTextBack() throws Exception {
        List<List<String>> rows = List.of(List.of("Child Unique ID", "Note"),
                TEXTS.stream().filter(t -> !t.isBlank() && !t.startsWith("\t") && !t.startsWith("\r")).toList());
        byte[] csv = SpreadsheetCells.csv(rows);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    assertThat(SpreadsheetCells.runnable(cell)).as("cell %s", cell).isFalse();
                }
            }
        }
        Grid grid = new SpreadsheetTableReader().grid("back.csv", csv, null);
        assertThat(grid.lines().get(1).cells()).containsExactlyElementsOf(rows.get(1));
    }

    @Test
    void aCsvCellStartingWithATabOrCarriageReturnIsQuotedAfterItsApostrophe() {
        String text = new String(SpreadsheetCells.csv(List.of(List.of("\t=1+1", "\r=1+1"))), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFF'\t=1+1,\"'\r=1+1\"\r\n");
    }

    @Test
    void aWorkbookStoresHostileTextAsTextInTheTextFormatAndTheReaderGivesItBack() throws Exception {
        List<String> hostile = TEXTS.stream().filter(t -> !t.isBlank() && !t.startsWith("\t")
                && !t.startsWith("\r")).toList();
        byte[] xlsx = new AnnexAFileWriter().xlsx(Map.of("List 1 Contacts", List.of(List.of("Child Unique ID"),
                hostile)));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Row> read = workbook.getFirstSheet().read();
            Row row = read.get(1);
            for (int c = 0; c < hostile.size(); c++) {
                var cell = row.getCell(c);
                assertThat(cell.getType()).as(hostile.get(c)).isEqualTo(CellType.STRING);
                assertThat(cell.getText()).as("stored as it is").isEqualTo(SpreadsheetCells.inWorkbook(hostile.get(c)));
            }
            assertThat(row.getCell(0).getText()).as("no apostrophe in a workbook").isEqualTo("=cmd|' /C calc'!A0");
            assertThat(row.getCell(hostile.indexOf("'=already quoted")).getText()).isEqualTo("''=already quoted");
        }
        assertThat(parts(xlsx, "xl/worksheets/")).as("no formula anywhere").doesNotContain("<f>", "<f ")
                .contains("t=\"s\"");
        assertThat(parts(xlsx, "xl/styles.xml")).as("the Text format, so an edited cell stays text")
                .contains("formatCode=\"@\"");
        Grid grid = new SpreadsheetTableReader().grid("back.xlsx", xlsx, null);
        assertThat(grid.lines().get(1).cells()).containsExactlyElementsOf(hostile);
    }

    /** The XML of a workbook's parts whose names start with {@code prefix}, one after another. */
    static String parts(byte[] xlsx, String prefix) throws java.io.IOException {
        // read through the central directory: fastexcel streams its entries with sizes after the data
        java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
        StringBuilder xml = new StringBuilder();
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (!entry.getName().startsWith(prefix)) continue;
                    try (var in = zip.getInputStream(entry)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return xml.toString();
    }
}
