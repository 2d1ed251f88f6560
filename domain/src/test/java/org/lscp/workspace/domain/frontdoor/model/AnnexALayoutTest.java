package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Column;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Which;
import org.lscp.workspace.domain.shared.Grid;

class AnnexALayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"List 1", "List1", "list 1", "LIST 1", "List 1 - Contacts", "List 1 Contacts",
            "Annex A List 1", "Annex_A_List_1", "List_1", "List-1", "List 01", "List 1 (contacts)"})
    void knowsTheListOneSheetByItsName(String name) {
        assertThat(AnnexALayout.isSheet(name, Which.LIST_1)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"List 10", "List 11", "List10", "List 2", "List 12", "Checklist 1", "Contacts", "Sheet1",
            "List", "Lists 1", "Summary"})
    void anyOtherSheetIsNotListOne(String name) {
        assertThat(AnnexALayout.isSheet(name, Which.LIST_1)).isFalse();
    }

    @Test
    void headingsAreMatchedIgnoringCaseSpacingPunctuationAndBracketedNotes() {
        Grid grid = new Grid(List.of(new Grid.Line(1, List.of("CHILD UNIQUE IDENTIFIER", "gender", " Ethnicity ",
                "Date of birth", "Age", "Date_of_Contact", "Contact Source (CIN code)"))));
        AnnexALayout.Headings h = AnnexALayout.findHeadings(grid, Which.LIST_1).orElseThrow();
        assertThat(h.columns()).containsEntry(Column.CHILD_ID, 0).containsEntry(Column.GENDER, 1)
                .containsEntry(Column.ETHNICITY, 2).containsEntry(Column.DATE_OF_BIRTH, 3)
                .containsEntry(Column.AGE, 4).containsEntry(Column.DATE_OF_CONTACT, 5)
                .containsEntry(Column.CONTACT_SOURCE, 6);
        assertThat(h.missing()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Age", "Age of Child (Years)", "Age of child (years)", "AGE OF CHILD", "Age (years)"})
    void theAgeColumnHasManyNames(String heading) {
        Grid grid = new Grid(List.of(new Grid.Line(1, List.of("Child Unique ID", heading))));
        assertThat(AnnexALayout.findHeadings(grid, Which.LIST_1).orElseThrow().columns()).containsEntry(Column.AGE, 1);
    }

    @Test
    void theHeadingRowIsFoundUnderATitle() {
        Grid grid = new Grid(List.of(
                new Grid.Line(1, List.of("Annex A List 1: Contacts")),
                new Grid.Line(2, List.of("Source: case system, 1 April 2025 to 31 March 2026")),
                new Grid.Line(4, List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                        "Age of Child (Years)", "Date of Contact", "Contact Source")),
                new Grid.Line(5, List.of("CS-1", "a) Male", "a) WBRI", "01/06/2015", "10", "15/01/2026", "6"))));
        AnnexALayout.Headings h = AnnexALayout.findHeadings(grid, Which.LIST_1).orElseThrow();
        assertThat(h.line()).isEqualTo(4);
        assertThat(h.cell(grid.lines().get(3), Column.CONTACT_SOURCE)).isEqualTo("6");
    }

    @Test
    void aRowNamingFewerThanTwoColumnsIsNoHeadingRow() {
        Grid grid = new Grid(List.of(new Grid.Line(1, List.of("Contacts")), new Grid.Line(2, List.of("Gender"))));
        assertThat(AnnexALayout.findHeadings(grid, Which.LIST_1)).isEmpty();
    }

    @Test
    void onlyTheFirstTwentyRowsAreSearched() {
        List<Grid.Line> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) lines.add(new Grid.Line(i, List.of("note " + i)));
        lines.add(new Grid.Line(21, List.of("Child Unique ID", "Gender")));
        assertThat(AnnexALayout.findHeadings(new Grid(lines), Which.LIST_1)).isEmpty();
    }

    @Test
    void aMissingColumnIsNamedTheOfstedWay() {
        Grid grid = new Grid(List.of(new Grid.Line(1, List.of("Child ID", "Sex", "Ethnicity", "DOB", "Contact Date"))));
        assertThat(AnnexALayout.findHeadings(grid, Which.LIST_1).orElseThrow().missing()).extracting(Column::heading)
                .containsExactly("Contact Source");
    }
}
