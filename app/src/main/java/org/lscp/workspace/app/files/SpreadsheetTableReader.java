package org.lscp.workspace.app.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.shared.Table;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The domain's TableReader for uploads: XLSX (first sheet, read with fastexcel, recognised by content) or CSV
 * (UTF-8, with or without a byte-order mark, comma separated, quoted as Excel writes it; Apache Commons CSV).
 * Blank lines are skipped; line numbers are those a spreadsheet shows.
 */
@Component
class SpreadsheetTableReader implements TableReader {
    private static final int MAX_ROWS = 100_000;

    @Override
    public Table read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", "The file is empty.");
        }
        try {
            return EvidenceFileType.detect(content).filter(t -> t == EvidenceFileType.XLSX).isPresent()
                    ? xlsx(content) : csv(content);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ValidationException.of("file", "The file could not be read as CSV or Excel (.xlsx): "
                    + e.getMessage());
        }
    }

    private static Table csv(byte[] content) throws IOException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> headers = parser.getHeaderNames();
            List<String> keys = headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<Table.Row> rows = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) throw new IllegalStateException("more than " + MAX_ROWS + " rows");
                Map<String, String> cells = HashMap.newHashMap(keys.size());
                for (int i = 0; i < keys.size() && i < record.size(); i++) {
                    cells.put(keys.get(i), record.get(i));
                }
                rows.add(new Table.Row(lines.lineOf(record.getCharacterPosition()), cells));
            }
            return new Table(headers, rows);
        }
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

    private static Table xlsx(byte[] content) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> headers = new ArrayList<>();
            List<Table.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (headers.isEmpty()) {
                        for (int i = 0; i < row.getCellCount(); i++) headers.add(row.getCellText(i).strip());
                        continue;
                    }
                    Map<String, String> cells = new HashMap<>();
                    boolean blank = true;
                    for (int i = 0; i < headers.size() && i < row.getCellCount(); i++) {
                        String text = cellText(row, i);
                        blank &= text.isBlank();
                        cells.put(headers.get(i).toLowerCase(Locale.ROOT), text);
                    }
                    if (blank) continue;
                    if (rows.size() >= MAX_ROWS) throw new IllegalStateException("more than " + MAX_ROWS + " rows");
                    rows.add(new Table.Row(row.getRowNum(), cells));
                }
            }
            return new Table(headers, rows);
        }
    }

    /** Dates typed into Excel arrive as serial numbers; give them back as dd/mm/yyyy like a CSV would. */
    private static String cellText(Row row, int i) {
        var cell = row.getCell(i);
        if (cell == null) return "";
        if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            var format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*[dy].*")) {
                var date = cell.asDate().toLocalDate();
                return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
            }
        }
        return cell.getText() == null ? "" : cell.getText().strip();
    }
}
