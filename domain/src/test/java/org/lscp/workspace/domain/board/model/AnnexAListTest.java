package org.lscp.workspace.domain.board.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;

class AnnexAListTest {
    /** A police contact on 3 March 2026, decided s47 on the 4th (strategy discussion on the 5th). */
    private static final AnnexARow S47 = new AnnexARow("ENF-1", Gender.FEMALE, Ethnicity.BAFR,
            LocalDate.of(2015, 6, 1), Instant.parse("2026-03-03T10:00:00Z"), ContactSource.S6,
            ThresholdLevel.STRATEGY_DISCUSSION, Instant.parse("2026-03-04T10:00:00Z"), LocalDate.of(2026, 3, 5),
            Instant.parse("2026-03-04T10:00:00Z"), "Assessment team", 2, 1, AnnexARow.Protection.NONE);
    private static final AnnexARow EARLY_HELP = new AnnexARow("ENF-2", Gender.MALE, Ethnicity.NOBT, null,
            Instant.parse("2026-03-03T23:30:00Z"), ContactSource.S3F, ThresholdLevel.EARLY_HELP,
            null, null, null, "Early help hub", 0, 0, AnnexARow.Protection.NONE);

    /** Every List 5 and List 3 column from the records: nothing blank for want of a field. */
    @Test
    void listFiveAndListThreeFillEveryColumnFromTheRecords() {
        AnnexARow held = new AnnexARow(S47.childId(), S47.gender(), S47.ethnicity(), S47.dateOfBirth(),
                S47.receivedAt(), S47.source(), S47.level(), S47.referredAt(), S47.strategyDiscussion(),
                S47.strategyDecidedAt(), S47.nextStep(), 2, 1, new AnnexARow.Protection(
                org.lscp.workspace.domain.frontdoor.model.Disability.YES,
                new org.lscp.workspace.domain.frontdoor.model.Allocation("Child Protection Team North", "Helen Brooks"),
                LocalDate.of(2026, 3, 4), false, LocalDate.of(2026, 3, 24), true, 1));
        assertThat(AnnexAList.LIST_5.cells(held).subList(5, 14)).containsExactly("a) Yes", "04/03/2026", "b) No",
                "24/03/2026", "a) Yes", "1", "1", "Child Protection Team North", "Helen Brooks");
        assertThat(AnnexAList.LIST_3.cells(held).subList(9, 11)).containsExactly("Child Protection Team North",
                "Helen Brooks");
        assertThat(AnnexAList.LIST_5.cells(S47).subList(5, 8)).as("nothing recorded yet: not known, not a blank")
                .containsExactly("c) Not known", "05/03/2026", "");
    }

    @Test
    void everyListStartsWithTheChildAndCarriesOfstedsHeadings() {
        assertThat(AnnexAList.LIST_1.headers()).containsExactlyElementsOf(AnnexA.LIST_1);
        assertThat(AnnexAList.LIST_3.headers()).startsWith("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                "Age of Child (Years)").contains("Date of referral", "Referral NFA?",
                "Number of Referrals in Last 12 Months");
        assertThat(AnnexAList.LIST_5.headers())
                .contains("Strategy discussion initiating Section 47 Enquiry Start Date");
    }

    @Test
    void listOneHasEveryContactWithItsCodes() {
        assertThat(AnnexAList.LIST_1.cells(S47)).containsExactly("ENF-1", "b) Female", "o) BAFR", "01/06/2015",
                "10", "03/03/2026", "q) 6: Police");
        // 23:30 UTC on 3 March is still 3 March in London (GMT); no date of birth leaves age empty
        assertThat(AnnexAList.LIST_1.cells(EARLY_HELP)).containsExactly("ENF-2", "a) Male", "s) NOBT", "", "",
                "03/03/2026", "l) 3F: Other health services");
    }

    @Test
    void aChildWhoseIdWasNotKnownHasAnEmptyChildUniqueIdOnEveryList() {
        AnnexARow unknown = new AnnexARow(null, S47.gender(), S47.ethnicity(), S47.dateOfBirth(), S47.receivedAt(),
                S47.source(), S47.level(), S47.referredAt(), S47.strategyDiscussion(), S47.strategyDecidedAt(),
                S47.nextStep(), 0, 0, AnnexARow.Protection.NONE);
        for (AnnexAList list : AnnexAList.values()) {
            assertThat(list.cells(unknown)).first().isEqualTo("");
            assertThat(list.cells(unknown)).hasSameSizeAs(list.headers());
        }
    }

    @Test
    void listsThreeAndFiveHoldReferralsAndStrategyDiscussions() {
        assertThat(AnnexAList.LIST_3.includes(S47)).isTrue();
        assertThat(AnnexAList.LIST_3.includes(EARLY_HELP)).isFalse();
        assertThat(AnnexAList.LIST_3.cells(S47)).as("not allocated yet").endsWith("04/03/2026", "q) 6: Police",
                "b) No", "2", "", "");
        assertThat(AnnexAList.LIST_5.includes(EARLY_HELP)).isFalse();
        assertThat(AnnexAList.LIST_5.cells(S47)).as("no discussion recorded: the decision's date; not yet allocated")
                .endsWith("c) Not known", "05/03/2026", "", "", "", "1", "0", "", "");
    }

    @Test
    void ethnicityAndSourceLettersFollowTheFiles() {
        assertThat(AnnexAList.ethnicity(Ethnicity.WBRI)).isEqualTo("a) WBRI");
        assertThat(AnnexAList.ethnicity(Ethnicity.OOTH)).isEqualTo("r) OOTH");
        assertThat(AnnexAList.ethnicity(Ethnicity.REFU)).isEqualTo("s) REFU");
        for (Ethnicity e : Ethnicity.values()) {
            assertThat(AnnexA.ethnicity(AnnexAList.ethnicity(e))).contains(e);
        }
        for (ContactSource source : ContactSource.values()) {
            AnnexARow row = new AnnexARow("X", Gender.FEMALE, Ethnicity.WBRI, null, S47.receivedAt(), source, null,
                    null, null, null, "", 0, 0, AnnexARow.Protection.NONE);
            assertThat(ContactSource.parse(AnnexAList.source(row))).contains(source);
        }
    }

    /** An imported contact from no agency (an acquaintance, anonymous) is listed under the code it came with. */
    @Test
    void listOneWritesTheStoredSourceEvenWhereNoAgencyStandsBehindIt() {
        AnnexARow acquaintance = new AnnexARow("X", Gender.FEMALE, Ethnicity.WBRI, null, S47.receivedAt(),
                ContactSource.S1B, null, null, null, null, "", 0, 0, AnnexARow.Protection.NONE);
        AnnexARow anonymous = new AnnexARow("Y", Gender.MALE, Ethnicity.WBRI, null, S47.receivedAt(),
                ContactSource.S9, null, null, null, null, "", 0, 0, AnnexARow.Protection.NONE);
        assertThat(AnnexAList.LIST_1.cells(acquaintance)).last().isEqualTo("b) 1B: Acquaintance");
        assertThat(AnnexAList.LIST_1.cells(anonymous)).last().isEqualTo("t) 9: Anonymous");
        assertThat(AnnexAList.source(new AnnexARow("Z", Gender.MALE, Ethnicity.WBRI, null, S47.receivedAt(),
                ContactSource.S3A, null, null, null, null, "", 0, 0, AnnexARow.Protection.NONE))).isEqualTo("g) 3A: GP");
    }
}
