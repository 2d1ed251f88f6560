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
 * How an Annex A List 1 (contacts) or List 5 (section 47 enquiries) file is recognised as councils actually send it:
 * the sheet named like "List 1" in a workbook of lists ("List1", "List 1 - Contacts", "Annex A List 1"; never
 * "List 10"), the heading row wherever it stands near the top (under a title, say), and headings matched loosely,
 * since Ofsted's templates vary: case, spacing and punctuation do not count, nor does a bracketed note ("Age of Child
 * (Years)", "Age"), and a few other names are known ("Child unique identifier").
 */
public final class AnnexALayout {
    /** How far down the heading row is looked for. */
    public static final int HEADING_SEARCH_ROWS = 20;

    /** The lists the workspace reads back. */
    public enum Which {
        LIST_1("List 1", 1),
        LIST_5("List 5", 5);

        private final String name;
        private final Pattern sheet;

        Which(String name, int number) {
            this.name = name;
            this.sheet = Pattern.compile("(^|[^a-z0-9])list[\\s_\\-]*0?" + number + "(?![0-9])");
        }

        /** "List 1". */
        public String label() { return name; }
    }

    public enum Column {
        CHILD_ID(null, "Child Unique ID", true, "childuniqueid", "childuniqueidentifier", "uniquechildid", "childid",
                "childuniqueref", "childuniquereference"),
        GENDER(null, "Gender", true, "gender", "sex"),
        ETHNICITY(null, "Ethnicity", true, "ethnicity", "ethnicgroup", "ethnicorigin"),
        DATE_OF_BIRTH(null, "Date of Birth", true, "dateofbirth", "dob", "birthdate"),
        AGE(null, "Age of Child (Years)", false, "ageofchild", "age", "ageyears", "ageofchildyears",
                "ageofchildinyears", "childsage"),
        DATE_OF_CONTACT(Which.LIST_1, "Date of Contact", true, "dateofcontact", "contactdate"),
        CONTACT_SOURCE(Which.LIST_1, "Contact Source", true, "contactsource", "sourceofcontact", "source"),
        DISABILITY(Which.LIST_5, "Does the Child have a Disability", true, "doesthechildhaveadisability",
                "disability", "disabled"),
        DISCUSSION_START(Which.LIST_5, "Strategy discussion initiating Section 47 Enquiry Start Date", true,
                "strategydiscussioninitiatingsection47enquirystartdate", "section47enquirystartdate",
                "s47startdate", "strategydiscussiondate"),
        CONFERENCE_UNNECESSARY(Which.LIST_5, "Was an Initial Child Protection Conference deemed unnecessary?", false,
                "wasaninitialchildprotectionconferencedeemedunnecessary", "icpcdeemedunnecessary"),
        CONFERENCE_DATE(Which.LIST_5, "Date of Initial Child Protection Conference", false,
                "dateofinitialchildprotectionconference", "icpcdate"),
        CONFERENCE_PLAN(Which.LIST_5, "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                false, "didtheinitialchildprotectionconferenceresultinachildprotectionplan", "cpplan"),
        ALLOCATED_TEAM(Which.LIST_5, "Allocated Team", false, "allocatedteam"),
        ALLOCATED_WORKER(Which.LIST_5, "Allocated Worker", false, "allocatedworker");

        private final Which only;
        private final String heading;
        private final boolean required;
        private final Set<String> names;

        Column(Which only, String heading, boolean required, String... names) {
            this.only = only;
            this.heading = heading;
            this.required = required;
            this.names = Set.of(names);
        }

        /** Ofsted's own heading. */
        public String heading() { return heading; }

        public boolean required() { return required; }

        /** Whether the list has this column (every list starts with the child's). */
        public boolean of(Which list) {
            return only == null || only == list;
        }

        boolean matches(String written) {
            return names.contains(normalise(written)) || names.contains(normalise(written.replaceAll("\\(.*?\\)", "")));
        }
    }

    /** The heading row found: its row number, where each column is, and what the row says. */
    public record Headings(Which list, int line, Map<Column, Integer> columns, List<String> written) {
        public Headings {
            columns = Map.copyOf(columns);
            written = List.copyOf(written);
        }

        public List<Column> missing() {
            return Arrays.stream(Column.values()).filter(c -> c.of(list) && c.required() && !columns.containsKey(c))
                    .toList();
        }

        /** The trimmed cell of the column on the line, "" when the file has no such column. */
        public String cell(Grid.Line line, Column column) {
            Integer i = columns.get(column);
            return i == null ? "" : line.cell(i);
        }
    }

    private AnnexALayout() {
    }

    /** Lower case, letters and digits only: "Age of child (years)" and "AGE OF CHILD (YEARS)" read the same. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether a workbook's sheet is the list's sheet by its name. */
    public static boolean isSheet(String name, Which list) {
        return list.sheet.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    /** The list's Annex A headings, Ofsted's way, for messages. */
    public static List<String> headings(Which list) {
        return Arrays.stream(Column.values()).filter(c -> c.of(list)).map(Column::heading).toList();
    }

    /**
     * The heading row: of the first {@link #HEADING_SEARCH_ROWS} rows, the one naming the most of the list's columns
     * (the first of equals), as long as it names at least two (a title such as "Annex A List 1: contacts" names none).
     */
    public static Optional<Headings> findHeadings(Grid grid, Which list) {
        Headings best = null;
        for (Grid.Line line : grid.lines().subList(0, Math.min(HEADING_SEARCH_ROWS, grid.lines().size()))) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<String> written = new ArrayList<>();
            for (int i = 0; i < line.cells().size(); i++) {
                String text = line.cell(i);
                if (text.isEmpty()) continue;
                written.add(text);
                for (Column c : Column.values()) {
                    if (c.of(list) && c.matches(text)) columns.putIfAbsent(c, i);
                }
            }
            if (columns.size() >= 2 && (best == null || columns.size() > best.columns().size())) {
                best = new Headings(list, line.number(), columns, written);
            }
        }
        return Optional.ofNullable(best);
    }
}
