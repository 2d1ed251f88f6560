package org.lscp.workspace.domain.shared;

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
}
