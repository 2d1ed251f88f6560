package org.lscp.workspace.domain.frontdoor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an Annex A List 1 or List 5 file would add, row by row: each row is ready, skipped (the workspace already has
 * it, or the file repeats it) or has errors; nothing is saved unless no row has errors. {@code sheet} is the
 * workbook's sheet that was read (null for a CSV file), {@code headingLine} the row its headings are on.
 */
public record ContactImport(AnnexALayout.Which list, @Nullable String sheet, int headingLine, List<Row> rows) {
    public ContactImport {
        rows = List.copyOf(rows);
    }

    /**
     * A row of the file, numbered as the spreadsheet shows it; {@code skipped} says why it will not be added. {@code
     * date} is List 1's date of contact, List 5's strategy discussion start date; {@code detail} List 1's contact
     * source, List 5's contact the enquiry is read onto.
     */
    public record Row(int line, String childId, String date, String detail, List<String> errors,
                      @Nullable String skipped) {
        public Row {
            errors = List.copyOf(errors);
        }

        public boolean ready() {
            return errors.isEmpty() && skipped == null;
        }

        /** "Ready", why it is skipped, or its errors. */
        public String check() {
            if (!errors.isEmpty()) return String.join(" ", errors);
            return skipped == null ? "Ready" : skipped;
        }
    }

    /** Refuses to save anything when a row has errors. */
    public void requireValid() {
        if (!valid()) {
            throw org.lscp.workspace.domain.shared.ValidationException.of("file", invalidRows() + " row(s) have errors, "
                    + "so nothing was imported. Correct them and try again.");
        }
    }

    /** No row has errors (rows skipped as already there are fine). */
    public boolean valid() {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.errors().isEmpty());
    }

    public long invalidRows() {
        return rows.stream().filter(r -> !r.errors().isEmpty()).count();
    }

    public long skippedRows() {
        return rows.stream().filter(r -> r.errors().isEmpty() && r.skipped() != null).count();
    }

    /** The rows an import adds. */
    public long readyRows() {
        return rows.stream().filter(Row::ready).count();
    }
}
