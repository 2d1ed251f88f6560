package org.lscp.workspace.domain.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded CSV or XLSX file. Anything unreadable is a ValidationException on "file" in plain words, naming
 * the row where it can (never the parser's own message).
 */
public interface TableReader {
    /** The sheets of an Excel workbook, in order; empty for a CSV file, which has none. */
    List<String> sheets(String fileName, byte[] content);

    /**
     * Every non-blank row of a sheet ({@code sheet} null: the first one; a CSV file is its own one sheet), with the
     * cells as text: a number as written (a date held as a number arrives as its day, dd/mm/yyyy, when the cell is
     * formatted as a date, and as the number otherwise).
     */
    Grid grid(String fileName, byte[] content, @Nullable String sheet);

    /** The first sheet (or the CSV file), its first row the headings. */
    default Table read(String fileName, byte[] content) {
        return Table.headedByFirstLine(grid(fileName, content, null));
    }
}
