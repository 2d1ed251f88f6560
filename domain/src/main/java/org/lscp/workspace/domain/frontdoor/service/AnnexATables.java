package org.lscp.workspace.domain.frontdoor.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Column;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Which;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Grid;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.ValidationException;

/** Reading an Annex A list's table from a file as councils send it: the sheet, the headings, the rows. */
final class AnnexATables {
    private AnnexATables() {
    }

    /** The list's sheet of the file, its headings, and the rows below them with anything in them. */
    record Table(@Nullable String sheet, AnnexALayout.Headings headings, List<Grid.Line> lines) {
    }

    /** The list's table in the file (a PARTNERSHIP_ADMIN's), or a message for the file field saying what is wrong. */
    static Table read(TableReader reader, Actor actor, String fileName, byte[] content, Which list, String what) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        String sheet = sheetOf(reader.sheets(fileName, content), list, what);
        Grid grid = reader.grid(fileName, content, sheet);
        String where = sheet == null ? "the file" : "the sheet \u201c" + sheet + "\u201d";
        AnnexALayout.Headings headings = AnnexALayout.findHeadings(grid, list).orElseThrow(() -> ValidationException.of(
                "file", "No row in the first " + AnnexALayout.HEADING_SEARCH_ROWS + " rows of " + where
                        + " has the Annex A " + list.label() + " headings. Looked for: "
                        + String.join(", ", AnnexALayout.headings(list)) + "."));
        List<Column> missing = headings.missing();
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "The file is missing the Annex A " + list.label() + " column(s): "
                    + String.join(", ", missing.stream().map(Column::heading).toList()) + ". Looked for them among "
                    + "the headings on row " + headings.line() + " of " + where + ": "
                    + String.join(", ", headings.written()) + ".");
        }
        List<Grid.Line> lines = grid.lines().stream().filter(l -> l.number() > headings.line())
                .filter(l -> java.util.Arrays.stream(Column.values()).anyMatch(c -> !headings.cell(l, c).isEmpty()))
                .toList();
        if (lines.isEmpty()) throw ValidationException.of("file", "The file has no rows below its headings.");
        return new Table(sheet, headings, lines);
    }

    /**
     * The sheet to read: null for a CSV file; a workbook's only sheet; otherwise the one named like the list ("List
     * 1"), which holds {@code what}.
     */
    private static @Nullable String sheetOf(List<String> sheets, Which list, String what) {
        if (sheets.size() <= 1) return sheets.isEmpty() ? null : sheets.getFirst();
        List<String> named = sheets.stream().filter(name -> AnnexALayout.isSheet(name, list)).toList();
        if (named.size() == 1) return named.getFirst();
        if (named.isEmpty()) {
            throw ValidationException.of("file", "This workbook has no sheet named " + list.label() + ". Its sheets "
                    + "are: " + quoted(sheets) + ". Name the sheet of " + what + " \u201c" + list.label()
                    + "\u201d, or upload it on its own as a CSV file.");
        }
        throw ValidationException.of("file", "This workbook has more than one sheet named like " + list.label()
                + ": " + quoted(named) + ". Keep the one with the " + what + " and upload it again.");
    }

    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\u201c" + n + "\u201d").toList());
    }

    /**
     * "Date of Contact 0 is not a date." for a number (Excel's date serials are numbers; 0 is none), and
     * "Date of Contact “31/02/2026” is not dd/mm/yyyy." for text.
     */
    static String notADate(String column, String text) {
        if (text.isEmpty()) return column + " is empty: write it as dd/mm/yyyy.";
        if (AnnexA.isNumber(text)) return column + " " + text + " is not a date.";
        return column + " \u201c" + text + "\u201d is not dd/mm/yyyy.";
    }
}
