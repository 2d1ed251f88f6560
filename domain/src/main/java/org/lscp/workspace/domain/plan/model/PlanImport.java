package org.lscp.workspace.domain.plan.model;

import java.util.List;

/**
 * What an import file would create, row by row, before anything is saved. Nothing is saved unless every row
 * is valid.
 */
public record PlanImport(List<Row> rows, int recommendations, int actions) {

    /** One data row: its line number in the file, what was read, and what is wrong with it. */
    public record Row(int line, int recommendationNumber, String recommendation, String action, List<String> errors) {
    }

    public boolean valid() {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.errors().isEmpty());
    }

    public long invalidRows() {
        return rows.stream().filter(r -> !r.errors().isEmpty()).count();
    }
}
