package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

        RecordContactCommand build() {
            return new RecordContactCommand(receivedAt, referrer, channel, caseSystemId, childName, dateOfBirth,
                    gender, ethnicity, concerns, true, summary, consent, rag, null);
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
                Ethnicity.WBRI));
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
        assertThat(refused(d -> { d.caseSystemId = ""; return d; }).fieldErrors()).containsOnlyKeys("caseSystemId");
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
                "", null, "", "", null, null, null, Set.of(), false, "", null, null, Set.of()));
        assertThat(e.fieldErrors()).containsOnlyKeys("receivedAt", "referrer", "channel", "caseSystemId", "childName",
                "gender", "ethnicity", "concerns", "summary", "consent", "rag");
    }

    // --- against the clock ---

    @Test
    void aDateOfBirthTodayIsAcceptedButTomorrowIsRefused() {
        valid(d -> { d.dateOfBirth = LocalDate.of(2026, 11, 25); return d; }).checkAgainst(NOW);
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> valid(d -> { d.dateOfBirth = LocalDate.of(2026, 11, 26); return d; }).checkAgainst(NOW));
        assertThat(e.fieldErrors()).containsExactly(
                java.util.Map.entry("dateOfBirth", "The date of birth cannot be in the future."));
    }

    @Test
    void todayIsTheLondonDay() {
        // 23:30 UTC on 15 June is already 16 June in London (BST).
        Instant lateEvening = Instant.parse("2026-06-15T23:30:00Z");
        valid(d -> { d.receivedAt = lateEvening; d.dateOfBirth = LocalDate.of(2026, 6, 16); return d; })
                .checkAgainst(lateEvening);
    }

    @ParameterizedTest
    @ValueSource(longs = {-86_400, 0, 60})
    void receivedUpToAMinuteAheadOfTheClockIsAccepted(long seconds) {
        valid(d -> { d.receivedAt = NOW.plusSeconds(seconds); return d; }).checkAgainst(NOW);
    }

    @Test
    void receivedInTheFutureIsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> valid(d -> { d.receivedAt = NOW.plusSeconds(61); return d; }).checkAgainst(NOW));
        assertThat(e.fieldErrors()).containsOnlyKeys("receivedAt");
        ValidationException both = catchThrowableOfType(ValidationException.class, () -> valid(d -> {
            d.receivedAt = NOW.plusSeconds(3_600);
            d.dateOfBirth = LocalDate.of(2027, 1, 1);
            return d;
        }).checkAgainst(NOW));
        assertThat(both.fieldErrors()).containsOnlyKeys("receivedAt", "dateOfBirth");
    }
}
