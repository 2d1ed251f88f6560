package org.lscp.workspace.app.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one rule for cells that leave the workspace, and its inverse for cells that come in (issue 15, part 6).
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula ("CSV injection"): a child id typed as {@code =HYPERLINK("http://ev.il","x")} would become a
 * link in the council's copy of Annex A. Every CSV the workspace writes therefore puts an apostrophe in front of such a
 * cell, as OWASP advises, and every file the workspace reads (CSV or XLSX) takes exactly that apostrophe off
 * again, so the text goes round (export, then import) unchanged, also when a council opens the CSV in Excel and
 * saves it as a workbook. A workbook (XLSX) stores text as text, never as a formula, so its cells keep their text
 * as it is ({@link #inWorkbook}); the XLSX writer also gives those cells the Text format ({@code @}) so that editing
 * one in Excel keeps it text.
 *
 * <p>Left as they are, because a spreadsheet cannot run them: a lone {@code -} (a placeholder) and a plain negative
 * number such as {@code -3} or {@code -0.5} (a number column keeps its numbers). Annex A's own cells are codes, dates
 * (dd/mm/yyyy), ages and counts, none of which starts with a trigger, so none of them changes.
 *
 * <p>To make the round trip exact for every text, a text that already starts with an apostrophe followed by a trigger
 * or by another apostrophe gets one more in front of it too (in CSV and XLSX alike), and the reader takes one off
 * in those cases only. Nothing is refused on import: the text is data, and it leaves again inert.
 */
public final class SpreadsheetCells {
    /** The characters that make a spreadsheet read a cell as a formula: = + - @ tab carriage-return. */
    static final String TRIGGERS = "=+-@\t\r";
    private static final char APOSTROPHE = '\'';
    private static final Pattern HARMLESS = Pattern.compile("-|-\\d+(\\.\\d+)?");

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet could run the text as a formula. */
    public static boolean runnable(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 && !HARMLESS.matcher(text).matches();
    }

    /** The text as a CSV cell must hold it: with a leading apostrophe when a spreadsheet could run it. */
    public static String inert(String text) {
        return runnable(text) || escaped(text) ? APOSTROPHE + text : text;
    }

    /**
     * The text as a workbook's text cell holds it: as it is (a text cell is never run), except that a text that
     * starts like an inert cell ({@code '=...}, {@code ''...}) gets one more apostrophe, so the reader gives it back.
     */
    public static String inWorkbook(String text) {
        return escaped(text) ? APOSTROPHE + text : text;
    }

    /** A cell read from a file, as it was typed: one leading apostrophe taken off where {@link #inert} added one. */
    public static String asTyped(String cell) {
        return escaped(cell) ? cell.substring(1) : cell;
    }

    /** An apostrophe followed by a trigger or by another apostrophe: the form {@link #inert} writes. */
    private static boolean escaped(String text) {
        return text.length() > 1 && text.charAt(0) == APOSTROPHE
                && (TRIGGERS.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == APOSTROPHE);
    }

    /**
     * A CSV file as the workspace writes them: UTF-8 with a byte-order mark (so Excel reads the codes right), CRLF
     * line ends, quoted where needed (Commons CSV), every cell {@linkplain #inert inert}.
     */
    public static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<String> row : rows) printer.printRecord(row.stream().map(SpreadsheetCells::inert).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
