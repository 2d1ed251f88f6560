package org.lscp.workspace.domain.frontdoor.model;

import java.util.List;

/** What an Annex A List 1 file would add, row by row; nothing is saved unless every row is right. */
public record ContactImport(List<Row> rows) {
    public record Row(int line, String childId, String contactDate, String source, List<String> errors) {
    }

    public boolean valid() {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.errors().isEmpty());
    }

    public long invalidRows() {
        return rows.stream().filter(r -> !r.errors().isEmpty()).count();
    }
}
