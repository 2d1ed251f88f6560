package org.lscp.workspace.domain.frontdoor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lscp.workspace.domain.shared.Grid;

/**
 * How an Annex A List 1 file is recognised as councils actually send it: the sheet named like "List 1" in a
 * workbook of lists ("List1", "List 1 - Contacts", "Annex A List 1"; never "List 10"), the heading row wherever it
 * stands near the top (under a title, say), and headings matched loosely, since Ofsted's templates vary: case,
 * spacing and punctuation do not count, nor does a bracketed note ("Age of Child (Years)", "Age"), and a few other
 * names are known ("Child unique identifier").
 */
public final class ListOneLayout {
    /** How far down the heading row is looked for. */
    public static final int HEADING_SEARCH_ROWS = 20;
    private static final Pattern LIST_ONE_SHEET = Pattern.compile("(^|[^a-z0-9])list[\\s_\\-]*0?1(?![0-9])");

    public enum Column {
        CHILD_ID("Child Unique ID", true, "childuniqueid", "childuniqueidentifier", "uniquechildid", "childid",
                "childuniqueref", "childuniquereference"),
        GENDER("Gender", true, "gender", "sex"),
        ETHNICITY("Ethnicity", true, "ethnicity", "ethnicgroup", "ethnicorigin"),
        DATE_OF_BIRTH("Date of Birth", true, "dateofbirth", "dob", "birthdate"),
        AGE("Age of Child (Years)", false, "ageofchild", "age", "ageyears", "ageofchildyears", "ageofchildinyears",
                "childsage"),
        DATE_OF_CONTACT("Date of Contact", true, "dateofcontact", "contactdate"),
        CONTACT_SOURCE("Contact Source", true, "contactsource", "sourceofcontact", "source");

        private final String heading;
        private final boolean required;
        private final Set<String> names;

        Column(String heading, boolean required, String... names) {
            this.heading = heading;
            this.required = required;
            this.names = Set.of(names);
        }

        /** Ofsted's own heading. */
        public String heading() { return heading; }

        public boolean required() { return required; }

        boolean matches(String written) {
            return names.contains(normalise(written)) || names.contains(normalise(written.replaceAll("\\(.*?\\)", "")));
        }
    }

    /** The heading row found: its row number, where each column is, and what the row says. */
    public record Headings(int line, Map<Column, Integer> columns, List<String> written) {
        public Headings {
            columns = Map.copyOf(columns);
            written = List.copyOf(written);
        }

        public List<Column> missing() {
            return Arrays.stream(Column.values()).filter(c -> c.required() && !columns.containsKey(c)).toList();
        }

        /** The trimmed cell of the column on the line, "" when the file has no such column. */
        public String cell(Grid.Line line, Column column) {
            Integer i = columns.get(column);
            return i == null ? "" : line.cell(i);
        }
    }

    private ListOneLayout() {
    }

    /** Lower case, letters and digits only: "Age of child (years)" and "AGE OF CHILD (YEARS)" read the same. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether a workbook's sheet is the List 1 sheet by its name. */
    public static boolean isListOneSheet(String name) {
        return LIST_ONE_SHEET.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    /** The Annex A headings, Ofsted's way, for messages. */
    public static List<String> headings() {
        return Arrays.stream(Column.values()).map(Column::heading).toList();
    }

    /**
     * The heading row: of the first {@link #HEADING_SEARCH_ROWS} rows, the one naming the most List 1 columns (the
     * first of equals), as long as it names at least two (a title such as "Annex A List 1: contacts" names none).
     */
    public static Optional<Headings> findHeadings(Grid grid) {
        Headings best = null;
        for (Grid.Line line : grid.lines().subList(0, Math.min(HEADING_SEARCH_ROWS, grid.lines().size()))) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<String> written = new ArrayList<>();
            for (int i = 0; i < line.cells().size(); i++) {
                String text = line.cell(i);
                if (text.isEmpty()) continue;
                written.add(text);
                for (Column c : Column.values()) {
                    if (c.matches(text)) columns.putIfAbsent(c, i);
                }
            }
            if (columns.size() >= 2 && (best == null || columns.size() > best.columns().size())) {
                best = new Headings(line.number(), columns, written);
            }
        }
        return Optional.ofNullable(best);
    }
}
