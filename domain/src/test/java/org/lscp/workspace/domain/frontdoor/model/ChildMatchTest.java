package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildMatchTest {

    private static Child child(String id, String name, String born) {
        return new Child(id.isBlank() ? null : id, name, born.isBlank() ? null : LocalDate.parse(born), Gender.FEMALE,
                Ethnicity.WBRI, Disability.NOT_KNOWN);
    }

    @ParameterizedTest(name = "{1} ({2}) and {4} ({5}): {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            " |Maya Stone   |2015-04-04|CS-1|Maya Stone|2015-04-04|Same name and date of birth",
            " |maya  STONE  |2015-04-04|CS-1|Maya Stone|2015-04-04|Same name and date of birth",
            " |Zoë O'Neill  |2016-01-01|CS-1|Zoe ONeill|2016-01-01|Same name and date of birth",
            " |Mia Stone    |2015-04-04|CS-1|Maya Stone|2015-04-04|Same date of birth, surname and first initial",
            " |Maya Stone   |          |CS-1|Maya Stone|2015-04-04|Same name; no date of birth on one of them",
            " |Maya Stone   |2015-04-05|CS-1|Maya Stone|2015-04-04|-",
            " |Lily Stone   |2015-04-04|CS-1|Maya Stone|2015-04-04|-",
            " |Maya Brown   |2015-04-04|CS-1|Maya Stone|2015-04-04|-",
            " |Maya Stone   |          |CS-1|Maya Brown|          |-",
            "CS-2|Maya Stone|2015-04-04|CS-1|Maya Stone|2015-04-04|-",
            " |Maya Stone   |2015-04-04|    |Maya Stone|2015-04-04|-"
    })
    void twoChildrenMayBeTheSameWhenExactlyOneHasAnIdAndTheirNameAndBirthAgree(String idA, String nameA,
                                                                               String bornA, String idB, String nameB,
                                                                               String bornB, String reason) {
        Child a = child(idA == null ? "" : idA, nameA, bornA == null ? "" : bornA);
        Child b = child(idB == null ? "" : idB, nameB, bornB == null ? "" : bornB);
        assertThat(ChildMatch.reason(a, b).orElse(null)).isEqualTo(reason);
        assertThat(ChildMatch.reason(b, a).orElse(null)).as("either way round").isEqualTo(reason);
    }
}
