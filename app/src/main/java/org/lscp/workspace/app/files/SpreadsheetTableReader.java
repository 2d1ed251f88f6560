package org.lscp.workspace.app.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.shared.Grid;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The domain's TableReader for uploads: XLSX (any sheet, read with fastexcel, recognised by content) or CSV (UTF-8,
 * with or without a byte-order mark, comma separated, quoted as Excel writes it; Apache Commons CSV). Blank rows are
 * left out; row numbers are those a spreadsheet shows. A number in a cell formatted as a date arrives as its day
 * (dd/mm/yyyy), any other number as written ("45992", "10"): what a number means is the caller's business. Whatever
 * cannot be read is explained in plain words with its line, never with the parser's own message. A text cell comes
 * back as it was typed: the apostrophe the workspace's own CSV puts before a cell a spreadsheet would run as a formula
 * ({@code '=...}) is taken off again ({@link SpreadsheetCells#asTyped}); the text itself is data, never evaluated.
 */
@Component
class SpreadsheetTableReader implements TableReader {
    private static final int MAX_ROWS = 100_000;
    /** Lines read at most: the rows, and above them a title and the headings (searched in the first 20 lines). */
    private static final int MAX_LINES = MAX_ROWS + 20;
    private static final int MAX_COLUMNS = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Excel's first day after its phantom 29/02/1900, and its last day: the dates a date cell can hold. */
    private static final BigDecimal FIRST_SERIAL = BigDecimal.valueOf(61);
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_465);
    private static final String NOT_A_WORKBOOK = "The file could not be read as an Excel workbook (.xlsx): it may be "
            + "damaged. Open it in Excel, save it again as .xlsx (or as CSV UTF-8), and upload that.";

    @Override
    public List<String> sheets(String fileName, byte[] content) {
        requireContent(content);
        if (!xlsx(content)) return List.of();
        try (ReadableWorkbook workbook = workbook(content)) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", NOT_A_WORKBOOK);
        }
    }

    @Override
    public Grid grid(String fileName, byte[] content, @Nullable String sheet) {
        requireContent(content);
        if (xlsx(content)) {
            try {
                return xlsx(content, sheet);
            } catch (ValidationException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw ValidationException.of("file", NOT_A_WORKBOOK);
            }
        }
        return csv(content);
    }

    private static void requireContent(byte @Nullable [] content) {
        if (content == null || content.length == 0) throw ValidationException.of("file", "The file is empty.");
        if (content.length >= 8 && ReadableWorkbook.isOLE2Header(content)) {
            throw ValidationException.of("file", "This is an older Excel file (.xls), or one protected with a "
                    + "password: it cannot be read. Open it in Excel and save it as .xlsx (or as CSV UTF-8) without a "
                    + "password, then upload that.");
        }
    }

    private static boolean xlsx(byte[] content) {
        return EvidenceFileType.detect(content).filter(t -> t == EvidenceFileType.XLSX).isPresent();
    }

    // ------------------------------------------------------------------------------------------------------ CSV

    private static Grid csv(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        LineCounter lines = new LineCounter(text);
        List<Grid.Line> out = new ArrayList<>();
        long consumed = 0; // lines read up to the end of the last good record
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().limit(MAX_COLUMNS).map(SpreadsheetCells::asTyped).toList();
                consumed = parser.getCurrentLineNumber();
                if (cells.stream().allMatch(String::isBlank)) continue;
                if (out.size() >= MAX_LINES) throw tooManyRows();
                out.add(new Grid.Line(lines.lineOf(record.getCharacterPosition()), cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw badCsv(text, consumed, e);
        }
        return new Grid(out);
    }

    /**
     * The row that could not be read starts on the first non-blank line after the last good record. The usual cause
     * is a quotation mark: a cell that starts with one must end with one, and one inside it is written twice.
     */
    private static ValidationException badCsv(String text, long consumed, Exception e) {
        String[] physical = text.split("\r?\n|\r", -1);
        int line = (int) consumed;
        while (line < physical.length - 1 && physical[line].isBlank()) line++;
        String cause = String.valueOf(e.getMessage());
        String what = cause.contains("EOF") ? "a quoted cell that starts on line " + (line + 1) + " is never closed"
                : "line " + (line + 1) + " has a quotation mark (\") in the wrong place";
        return ValidationException.of("file", "The file could not be read as CSV: " + what + ". In CSV a cell that "
                + "starts with a quotation mark must end with one before the next comma, and a quotation mark inside "
                + "a cell is written twice (\"\"). Correct that line, or save the file again from Excel as CSV UTF-8 "
                + "or .xlsx, and upload it again.");
    }

    /**
     * Line numbers as a spreadsheet shows them, counted incrementally (one pass over the text for the whole file):
     * blank lines and quoted line breaks before a record count.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOf(long recordStart) {
            for (; position < recordStart && position < text.length(); position++) {
                if (text.charAt(position) == '\n') line++;
            }
            // the parser notes a record's start before it skips the blank lines in front of it
            int at = position;
            int extra = 0;
            for (; at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r'); at++) {
                if (text.charAt(at) == '\n') extra++;
            }
            return line + extra;
        }
    }

    // ----------------------------------------------------------------------------------------------------- XLSX

    private static ReadableWorkbook workbook(byte[] content) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
    }

    private static Grid xlsx(byte[] content, @Nullable String name) throws IOException {
        try (ReadableWorkbook workbook = workbook(content)) {
            Sheet sheet = name == null ? workbook.getFirstSheet() : workbook.findSheet(name).orElseThrow(
                    () -> ValidationException.of("file", "The workbook has no sheet \u201c" + name + "\u201d."));
            List<Grid.Line> lines = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    int width = Math.min(row.getCellCount(), MAX_COLUMNS);
                    List<String> cells = new ArrayList<>(width);
                    boolean blank = true;
                    for (int i = 0; i < width; i++) {
                        String text = cellText(row.getCell(i));
                        blank &= text.isBlank();
                        cells.add(text);
                    }
                    if (blank) continue;
                    if (lines.size() >= MAX_LINES) throw tooManyRows();
                    lines.add(new Grid.Line(row.getRowNum(), cells));
                }
            }
            return new Grid(lines);
        }
    }

    /**
     * A cell as text: a date cell (a number with a date format, within Excel's dates) as dd/mm/yyyy; any other number
     * as written, without a trailing ".0"; a formula as the value Excel last worked out for it; text as typed
     * (see {@link SpreadsheetCells#asTyped}).
     */
    private static String cellText(@Nullable Cell cell) {
        if (cell == null) return "";
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            String format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*[dy].*")
                    && number.compareTo(FIRST_SERIAL) >= 0 && number.compareTo(LAST_SERIAL) <= 0) {
                return DAY.format(cell.asDate().toLocalDate());
            }
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.FORMULA) {
            return cell.getRawValue() == null ? "" : SpreadsheetCells.asTyped(cell.getRawValue().strip());
        }
        return cell.getText() == null ? "" : SpreadsheetCells.asTyped(cell.getText().strip());
    }

    private static ValidationException tooManyRows() {
        return ValidationException.of("file", "The file has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                + " rows. Split it, by year for example, and upload each part.");
    }
}
