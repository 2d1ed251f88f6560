package org.lscp.workspace.domain.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.redaction.model.Candidates;
import org.lscp.workspace.domain.redaction.model.ChildIdentifiers;
import org.lscp.workspace.domain.redaction.model.Identifier;
import org.lscp.workspace.domain.redaction.model.KnownChild;
import org.lscp.workspace.domain.redaction.model.KnownChildren;

class ChildIdentifiersTest {
    static final LocalDate AISHA_BORN = LocalDate.of(2022, 1, 24);
    static final KnownChildren KNOWN = new KnownChildren(List.of(
            new KnownChild("Aisha Sharma", AISHA_BORN),
            new KnownChild("Zoë Ó Súilleabháin", LocalDate.of(2019, 3, 2)),
            new KnownChild("Mary-Jane Smith-Jones", null),
            new KnownChild("Will Smith", null),
            new KnownChild("Helen Sharma", null),
            new KnownChild("Leon W.", LocalDate.of(2015, 6, 1))),
            Set.of("123456", "cs-77A1"), Set.of("C-2026-000123"));

    static String masked(String text) {
        return ChildIdentifiers.masked(text, KNOWN);
    }

    static List<String> found(String text) {
        return ChildIdentifiers.find(text, KNOWN).stream().map(Identifier::text).toList();
    }

    @Test
    void theExampleFromTestingIsMaskedNameAndDateOfBirth() {
        KnownChildren demo = new KnownChildren(List.of(new KnownChild("Aisha S.", AISHA_BORN)), Set.of(), Set.of());
        String text = "Aisha S. (DOB 24/01/2022) was seen twice.";
        assertThat(ChildIdentifiers.find(text, demo)).extracting(Identifier::text)
                .containsExactly("Aisha S.", "24/01/2022");
        assertThat(ChildIdentifiers.masked(text, demo)).isEqualTo("[child] (DOB [child]) was seen twice.");
    }

    @Test
    void fullNamesMatchInAnyCaseWithAccentsLooselyAndFlexibleWhiteSpace() {
        assertThat(masked("Zoë Ó Súilleabháin attended.")).isEqualTo("[child] attended.");
        assertThat(masked("zoe o suilleabhain attended.")).isEqualTo("[child] attended.");
        assertThat(masked("ZOE  O\nSUILLEABHAIN attended.")).isEqualTo("[child] attended.");
        assertThat(masked("Zoe Suilleabhain attended.")).isEqualTo("[child] attended.");
        assertThat(masked("aisha sharma's school")).isEqualTo("[child]'s school");
    }

    @Test
    void hyphenatedNamesAreKeptWhole() {
        assertThat(found("Mary-Jane Smith-Jones moved school")).containsExactly("Mary-Jane Smith-Jones");
        assertThat(found("Mary-Jane said")).containsExactly("Mary-Jane");
        assertThat(found("Mary said, Jane agreed")).isEmpty();
        assertThat(found("M. Smith-Jones")).containsExactly("M. Smith-Jones");
    }

    @Test
    void initialsWithTheOtherName() {
        assertThat(found("Spoke to Aisha S. today")).containsExactly("Aisha S.");
        assertThat(found("Spoke to Aisha S today")).containsExactly("Aisha S");
        assertThat(found("Letter about A. Sharma")).containsExactly("A. Sharma");
        assertThat(found("Letter about A Sharma")).containsExactly("A Sharma");
        assertThat(found("Letter about B. Sharma")).isEmpty();
        assertThat(found("Sharma family")).as("a surname alone").isEmpty();
        assertThat(found("Leon W. is 11")).containsExactly("Leon W.");
    }

    @Test
    void datesOfBirthAfterACueInEveryFormat() {
        for (String date : List.of("24/01/2022", "24/1/22", "24-01-2022", "24.01.2022", "2022-01-24",
                "24 January 2022", "24 Jan 2022", "24th Jan 2022")) {
            assertThat(found("DOB " + date + ".")).as(date).containsExactly(date);
        }
        assertThat(masked("DOB 24/1/22")).isEqualTo("DOB [child]");
        assertThat(masked("d.o.b: 3/4/2018, born on 5 May 2017, D.O.B. 01.02.2016, date of birth 2015-06-01"))
                .isEqualTo("d.o.b: [child], born on [child], D.O.B. [child], date of birth [child]");
    }

    @Test
    void otherDatesOnlyWhenTheyAreTheBirthdayOfAChildNamedInTheText() {
        assertThat(found("Panel met on 24/01/2022.")).isEmpty();
        assertThat(found("Aisha (24/01/2022) and panel on 25/01/2022")).containsExactly("Aisha", "24/01/2022");
        assertThat(found("Leon W. born 1/6/15, seen 01/06/2015")).containsExactly("Leon W.", "1/6/15", "01/06/2015");
    }

    @Test
    void caseIdsAndReferencesAsWholeTokensAnywhere() {
        assertThat(masked("seen under 123456 yesterday")).isEqualTo("seen under [child] yesterday");
        assertThat(masked("ids CS-77a1, 1234567 and 9123456")).isEqualTo("ids [child], 1234567 and 9123456");
        assertThat(masked("See C-2026-000123; not C-2026-000124.")).isEqualTo("See [child]; not C-2026-000124.");
    }

    @Test
    void aFirstNameThatIsACommonWordIsNotMatchedAlone() {
        assertThat(found("We will review it. Will the panel agree?")).isEmpty();
        assertThat(found("Will Smith was seen")).containsExactly("Will Smith");
        assertThat(found("Will S. was seen")).containsExactly("Will S.");
    }

    @Test
    void aColleagueWithAChildsFirstNameIsNotMatched() {
        assertThat(found("Helen Brooks will chase the school.")).isEmpty();
        assertThat(found("Ask Helen about it")).containsExactly("Helen");
        assertThat(found("Ask Helen Sharma about it")).containsExactly("Helen Sharma");
        assertThat(found("the word aisha in lower case")).isEmpty();
    }

    @Test
    void overlappingMatchesAreMergedIntoOne() {
        KnownChildren both = new KnownChildren(List.of(new KnownChild("Aisha Sharma", AISHA_BORN),
                new KnownChild("Sharma Aisha", null)), Set.of("2022"), Set.of());
        List<Identifier> found = ChildIdentifiers.find("Aisha Sharma Aisha, DOB 24/01/2022", both);
        assertThat(found).extracting(Identifier::text).containsExactly("Aisha Sharma Aisha", "24/01/2022");
        assertThat(ChildIdentifiers.mask("Aisha Sharma Aisha, DOB 24/01/2022", found)).isEqualTo("[child], DOB [child]");
    }

    @Test
    void textWithNoMatchIsUnchanged() {
        String text = "The partnership reviewed 12 audits on 3 March 2026; Helen Brooks will report in May.";
        assertThat(ChildIdentifiers.find(text, KNOWN)).isEmpty();
        assertThat(masked(text)).isSameAs(text);
        assertThat(ChildIdentifiers.masked(null, KNOWN)).isNull();
    }

    @Test
    void candidatesAreTheWordsIdsAndReferencesToLookUp() {
        Candidates c = Candidates.in(List.of("Zoë's DOB, ref c-2026-000123 and id cs-77a1 / 2026 / 7"));
        assertThat(c.words()).contains("zoe's", "zoe", "dob", "ref", "cs").doesNotContain("c", "a");
        assertThat(c.ids()).contains("C-2026-000123", "2026", "000123", "CS-77A1").doesNotContain("7");
        assertThat(c.references()).containsExactly("C-2026-000123");
    }
}
