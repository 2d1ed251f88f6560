package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.shared.ValidationException;

class RecordContactCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    /** The fields, mutable, so each test breaks one. */
    private static final class Draft {
        Instant receivedAt = NOW;
        String referrer = "  Class teacher  ";
        Channel channel = Channel.PHONE;
        String caseSystemId = " CS-1 ";
        String childName = " Child One ";
        LocalDate dateOfBirth = LocalDate.of(2015, 6, 1);
        Gender gender = Gender.FEMALE;
        Ethnicity ethnicity = Ethnicity.WBRI;
        Set<ConcernCategory> concerns = Set.of(ConcernCategory.NEGLECT);
        String summary = " The child said they were hungry. ";
        ConsentBasis consent = ConsentBasis.CONSENT_GIVEN;
        Rag rag = Rag.AMBER;
        boolean adultConfirmed;

        RecordContactCommand build() {
            return new RecordContactCommand(receivedAt, referrer, channel, caseSystemId, childName, dateOfBirth,
                    adultConfirmed, gender, ethnicity, concerns, true, summary, consent, rag, null);
        }
    }

    private static RecordContactCommand valid(UnaryOperator<Draft> change) {
        return change.apply(new Draft()).build();
    }

    private static ValidationException refused(UnaryOperator<Draft> change) {
        return catchThrowableOfType(ValidationException.class, () -> valid(change));
    }

    @Test
    void aValidCommandIsTrimmedAndHasNoRecommendations() {
        RecordContactCommand c = valid(d -> d);
        assertThat(c.referrer()).isEqualTo("Class teacher");
        assertThat(c.caseSystemId()).isEqualTo("CS-1");
        assertThat(c.childName()).isEqualTo("Child One");
        assertThat(c.summary()).isEqualTo("The child said they were hungry.");
        assertThat(c.recommendations()).isEmpty();
        assertThat(c.child()).isEqualTo(new Child("CS-1", "Child One", LocalDate.of(2015, 6, 1), Gender.FEMALE,
                Ethnicity.WBRI, Disability.NOT_KNOWN));
    }

    @Test
    void theDateOfBirthIsOptional() {
        assertThat(valid(d -> { d.dateOfBirth = null; return d; }).child().dateOfBirth()).isNull();
    }

    @Test
    void eachMissingFieldIsNamed() {
        assertThat(refused(d -> { d.receivedAt = null; return d; }).fieldErrors()).containsOnlyKeys("receivedAt");
        assertThat(refused(d -> { d.referrer = " "; return d; }).fieldErrors()).containsOnlyKeys("referrer");
        assertThat(refused(d -> { d.referrer = null; return d; }).fieldErrors()).containsOnlyKeys("referrer");
        assertThat(refused(d -> { d.channel = null; return d; }).fieldErrors()).containsOnlyKeys("channel");
        assertThat(refused(d -> { d.childName = ""; return d; }).fieldErrors()).containsOnlyKeys("childName");
        assertThat(refused(d -> { d.gender = null; return d; }).fieldErrors()).containsOnlyKeys("gender");
        assertThat(refused(d -> { d.ethnicity = null; return d; }).fieldErrors()).containsOnlyKeys("ethnicity");
        assertThat(refused(d -> { d.concerns = Set.of(); return d; }).fieldErrors()).containsOnlyKeys("concerns");
        assertThat(refused(d -> { d.concerns = null; return d; }).fieldErrors()).containsOnlyKeys("concerns");
        assertThat(refused(d -> { d.summary = "\n"; return d; }).fieldErrors()).containsOnlyKeys("summary");
        assertThat(refused(d -> { d.consent = null; return d; }).fieldErrors()).containsOnlyKeys("consent");
        assertThat(refused(d -> { d.rag = null; return d; }).fieldErrors()).containsOnlyKeys("rag");
    }

    @Test
    void theMessagesSayWhatToDo() {
        assertThat(refused(d -> { d.concerns = Set.of(); return d; }).fieldErrors())
                .containsEntry("concerns", "Choose at least one concern.");
        assertThat(refused(d -> { d.summary = ""; return d; }).fieldErrors())
                .containsEntry("summary", "Enter a summary of the concern.");
    }

    @Test
    void textsHaveMaximumLengths() {
        assertThat(valid(d -> { d.referrer = "r".repeat(200); return d; }).referrer()).hasSize(200);
        assertThat(refused(d -> { d.referrer = "r".repeat(201); return d; }).fieldErrors()).containsOnlyKeys("referrer");
        assertThat(valid(d -> { d.caseSystemId = "c".repeat(40); return d; }).caseSystemId()).hasSize(40);
        assertThat(refused(d -> { d.caseSystemId = "c".repeat(41); return d; }).fieldErrors())
                .containsOnlyKeys("caseSystemId");
        assertThat(valid(d -> { d.childName = "n".repeat(200); return d; }).childName()).hasSize(200);
        assertThat(refused(d -> { d.childName = "n".repeat(201); return d; }).fieldErrors())
                .containsOnlyKeys("childName");
        assertThat(valid(d -> { d.summary = "s".repeat(8_000); return d; }).summary()).hasSize(8_000);
        assertThat(refused(d -> { d.summary = "s".repeat(8_001); return d; }).fieldErrors())
                .containsOnlyKeys("summary");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> new RecordContactCommand(null,
                "", null, "n/a", "", null, null, null, Set.of(), false, "", null, null, Set.of()));
        assertThat(e.fieldErrors()).containsOnlyKeys("receivedAt", "referrer", "channel", "caseSystemId", "childName",
                "gender", "ethnicity", "concerns", "summary", "consent", "rag");
    }

    // --- the child's case-system id ---

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u200B", "\uFEFF \u2060"})
    void theCaseSystemIdIsOptionalAndNotKnownIsNull(String id) {
        RecordContactCommand c = valid(d -> { d.caseSystemId = id; return d; });
        assertThat(c.caseSystemId()).isNull();
        assertThat(c.child().identified()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not known", "Not Known", "unknown", "N/A", "n/a", "na", "-", "?", "--", "TBC", "none",
            "don't know", "\u2014"})
    void aPlaceholderForTheCaseSystemIdIsRefusedAndAsksToLeaveItBlank(String id) {
        assertThat(refused(d -> { d.caseSystemId = id; return d; }).fieldErrors().get("caseSystemId"))
                .startsWith("Leave the child's case-system id blank if you do not know it");
    }

    @Test
    void aRealIdThatLooksShortIsKept() {
        assertThat(valid(d -> { d.caseSystemId = "N/A-1234"; return d; }).caseSystemId()).isEqualTo("N/A-1234");
        assertThat(valid(d -> { d.caseSystemId = "\u200BCS-9\u200B"; return d; }).caseSystemId()).isEqualTo("CS-9");
    }

    @Test
    void aCaseSystemIdIsRequiredOnlyWhenTheRecorderIsChildrensSocialCare() {
        RecordContactCommand unknown = valid(d -> { d.caseSystemId = null; return d; });
        unknown.checkAgainst(NOW, DecisionTimescales.DEFAULTS, false);
        assertThat(catchThrowableOfType(ValidationException.class, () -> unknown.checkAgainst(NOW, DecisionTimescales.DEFAULTS, true))
                .fieldErrors()).containsOnlyKeys("caseSystemId");
        valid(d -> d).checkAgainst(NOW, DecisionTimescales.DEFAULTS, true);
    }

    // --- invisible characters and line breaks ---

    @Test
    void textsOfOnlyInvisibleCharactersAreMissing() {
        String invisible = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u0007";
        var e = refused(d -> { d.childName = invisible; d.referrer = invisible; d.summary = invisible + "\n"; return d; });
        assertThat(e.fieldErrors()).containsOnlyKeys("childName", "referrer", "summary")
                .containsEntry("childName", "Enter the child's name.");
    }

    @Test
    void invisibleCharactersAreStrippedFromWhatIsStored() {
        RecordContactCommand c = valid(d -> {
            d.childName = "Ja\u200Bne\uFEFF Doe";
            d.summary = "Line one\u200B\r\nLine two";
            return d;
        });
        assertThat(c.childName()).isEqualTo("Jane Doe");
        assertThat(c.summary()).isEqualTo("Line one\nLine two");
    }

    @Test
    void singleLineFieldsRefuseLineBreaksButTheSummaryKeepsThem() {
        var e = refused(d -> { d.childName = "Jane\nDoe"; d.referrer = "PC Smith\r\nPolice"; return d; });
        assertThat(e.fieldErrors()).containsEntry("childName", "The child's name must be on one line.")
                .containsEntry("referrer", "Who made the contact must be on one line.");
        assertThat(refused(d -> { d.caseSystemId = "CS\n1"; return d; }).fieldErrors()).containsOnlyKeys("caseSystemId");
    }

    // --- the date of birth against the day of the contact ---

    @Test
    void bornOnTheDayOfTheContactIsAcceptedButTheDayAfterIsRefused() {
        valid(d -> { d.dateOfBirth = LocalDate.of(2026, 11, 25); return d; }).checkAgainst(NOW, DecisionTimescales.DEFAULTS, false);
        assertThat(refused(d -> { d.dateOfBirth = LocalDate.of(2026, 11, 26); return d; }).fieldErrors())
                .containsExactly(java.util.Map.entry("dateOfBirth",
                        "The date of birth must be on or before the day the contact was received."));
    }

    @Test
    void theDayOfTheContactIsTheLondonDay() {
        // 23:30 UTC on 15 June is already 16 June in London (BST).
        Instant lateEvening = Instant.parse("2026-06-15T23:30:00Z");
        valid(d -> { d.receivedAt = lateEvening; d.dateOfBirth = LocalDate.of(2026, 6, 16); return d; })
                .checkAgainst(lateEvening, DecisionTimescales.DEFAULTS, false);
    }

    @Test
    void exactlyTwentyFiveYearsBeforeIsAcceptedWhenConfirmedAndADayMoreIsRefused() {
        RecordContactCommand c = valid(d -> {
            d.dateOfBirth = LocalDate.of(2001, 11, 25);
            d.adultConfirmed = true;
            return d;
        });
        assertThat(c.adultConfirmed()).isTrue();
        assertThat(refused(d -> { d.dateOfBirth = LocalDate.of(2001, 11, 24); d.adultConfirmed = true; return d; })
                .fieldErrors()).containsOnlyKeys("dateOfBirth");
        assertThat(refused(d -> { d.dateOfBirth = LocalDate.of(1800, 1, 1); return d; }).fieldErrors())
                .containsKey("dateOfBirth");
    }

    @Test
    void eighteenOrOverAtTheContactMustBeConfirmed() {
        var e = refused(d -> { d.dateOfBirth = LocalDate.of(2008, 11, 25); return d; }); // 18 today
        assertThat(e.fieldErrors()).containsOnlyKeys("adultConfirmed");
        assertThat(e.fieldErrors().get("adultConfirmed")).contains("18 or over").contains("confirm");
        assertThat(valid(d -> { d.dateOfBirth = LocalDate.of(2008, 11, 26); return d; }).adultConfirmed())
                .as("a day short of 18 needs no confirmation").isFalse();
        assertThat(valid(d -> { d.dateOfBirth = LocalDate.of(2008, 11, 25); d.adultConfirmed = true; return d; })
                .adultConfirmed()).isTrue();
    }

    @Test
    void aConfirmationForAChildUnder18IsNotKept() {
        assertThat(valid(d -> { d.adultConfirmed = true; return d; }).adultConfirmed()).isFalse();
        assertThat(valid(d -> { d.adultConfirmed = true; d.dateOfBirth = null; return d; }).adultConfirmed()).isFalse();
    }

    // --- against the clock ---

    @ParameterizedTest
    @ValueSource(longs = {-86_400, 0, 60})
    void receivedUpToAMinuteAheadOfTheClockIsAccepted(long seconds) {
        valid(d -> { d.receivedAt = NOW.plusSeconds(seconds); return d; }).checkAgainst(NOW, DecisionTimescales.DEFAULTS, false);
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 120, 3_600})
    void receivedInTheFutureIsRefused(long seconds) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> valid(d -> { d.receivedAt = NOW.plusSeconds(seconds); return d; }).checkAgainst(NOW, DecisionTimescales.DEFAULTS, false));
        assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("receivedAt",
                "The contact cannot have been received in the future."));
    }

    @Test
    void receivedOnTheHorizonDayIsAcceptedAndTheDayBeforeIsRefused() {
        // ten years before Wednesday 25 November 2026 (London) is 25 November 2016
        valid(d -> { d.receivedAt = Instant.parse("2016-11-25T00:00:00Z"); d.dateOfBirth = null; return d; })
                .checkAgainst(NOW, DecisionTimescales.DEFAULTS, false);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> valid(d -> {
            d.receivedAt = Instant.parse("2016-11-24T23:59:00Z");
            d.dateOfBirth = null;
            return d;
        }).checkAgainst(NOW, DecisionTimescales.DEFAULTS, false));
        assertThat(e.fieldErrors().get("receivedAt")).isEqualTo("The contact must have been received on or after "
                + "Fri 25 Nov 2016: the partnership holds the last 10 years. Check the date.");
    }

    @Test
    void thePartnershipsHorizonIsItsOwn() {
        var twentyYears = new DecisionTimescales(4, 1, 3, DecisionTimescales.RedOutOfHours.EMERGENCY_DUTY_TEAM, 20);
        valid(d -> { d.receivedAt = Instant.parse("2007-01-10T10:00:00Z"); d.dateOfBirth = null; return d; })
                .checkAgainst(NOW, twentyYears, false);
        var twoYears = new DecisionTimescales(4, 1, 3, DecisionTimescales.RedOutOfHours.EMERGENCY_DUTY_TEAM, 2);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> valid(d -> {
            d.receivedAt = Instant.parse("2024-11-24T10:00:00Z");
            d.dateOfBirth = null;
            return d;
        }).checkAgainst(NOW, twoYears, false));
        assertThat(e.fieldErrors().get("receivedAt")).contains("on or after Mon 25 Nov 2024")
                .contains("the last 2 years");
    }

    @Test
    void receivedIn1900IsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> valid(d -> {
            d.receivedAt = Instant.parse("1900-01-01T10:00:00Z");
            d.dateOfBirth = null;
            return d;
        }).checkAgainst(NOW, DecisionTimescales.DEFAULTS, false));
        assertThat(e.fieldErrors()).containsOnlyKeys("receivedAt");
    }
}
