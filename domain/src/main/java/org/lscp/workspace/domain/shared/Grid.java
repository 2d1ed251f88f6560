package org.lscp.workspace.domain.shared;

import java.util.List;

/**
 * A sheet or CSV file as read, before anyone decides which row holds the headings: its non-blank rows in order,
 * each with the row number a spreadsheet shows (blank rows are left out but still counted) and its cells as text.
 */
public record Grid(List<Line> lines) {
    public Grid {
        lines = List.copyOf(lines);
    }

    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }

        /** The trimmed cell in column {@code i} (from 0), or "" past the row's last cell. */
        public String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
        }
    }
}
