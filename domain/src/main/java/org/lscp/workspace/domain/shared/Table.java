package org.lscp.workspace.domain.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A spreadsheet or CSV file as read: headers (as written) and rows of cells, each with its line number. */
public record Table(List<String> headers, List<Row> rows) {

    public record Row(int line, Map<String, String> cells) {
        /** The trimmed cell under a header (matched ignoring case), or "" when absent. */
        public String get(String header) {
            String v = cells.get(header.toLowerCase(Locale.ROOT));
            return v == null ? "" : v.strip();
        }
    }

    public boolean hasHeader(String header) {
        return headers.stream().anyMatch(h -> h.strip().equalsIgnoreCase(header));
    }

    /**
     * The grid with its first row as the headings; the rows below, keyed by heading, leave out those blank under
     * every heading (a note beside the table is not a row).
     */
    public static Table headedByFirstLine(Grid grid) {
        if (grid.lines().isEmpty()) return new Table(List.of(), List.of());
        List<String> headers = grid.lines().getFirst().cells().stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>(grid.lines().size() - 1);
        for (Grid.Line line : grid.lines().subList(1, grid.lines().size())) {
            Map<String, String> cells = HashMap.newHashMap(headers.size());
            boolean blank = true;
            for (int i = 0; i < headers.size(); i++) {
                String text = line.cell(i);
                blank &= text.isEmpty();
                cells.putIfAbsent(headers.get(i).toLowerCase(Locale.ROOT), text);
            }
            if (!blank) rows.add(new Row(line.number(), cells));
        }
        return new Table(headers, rows);
    }
}
