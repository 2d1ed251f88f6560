package org.lscp.workspace.domain.returns.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.Frequency;
import org.lscp.workspace.domain.returns.model.ReturnDue;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnPeriod;
import org.lscp.workspace.domain.returns.model.SaveReturnMeasureCommand;
import org.lscp.workspace.domain.returns.model.SubmitReturnCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class DataReturnServiceTest {
    private static final LocalDate JUL = LocalDate.of(2026, 7, 1);
    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);
    private TestPartnerships world;
    private DataReturnService returns;
    private Actor officer;
    private ReturnMeasure supervision;
    private ReturnMeasure caseloads;
    private final List<String> reminded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        world.today(LocalDate.of(2026, 11, 25));
        returns = new DataReturnService(world.returnRecords, world.returnRecords, world.directory, world.directory,
                new Notifier() {
                    @Override
                    public void notify(PartnershipId p, Recipients to, String text, String subject) {
                    }

                    @Override
                    public int remind(PartnershipId p, Recipients to, String text, String subject, String key) {
                        if (reminded.contains(key)) return 0;
                        reminded.add(key);
                        return 1;
                    }
                }, world.auditor, world.accessLog);
        world.addMember(world.adminA(), "Olu Officer", "olu@northshire.example", TestPartnerships.A_CHILDRENS_SERVICES,
                Role.LEAD_OFFICER);
        officer = world.actorByEmail("olu@northshire.example");
        world.today(LocalDate.of(2026, 7, 1)); // defined on 1 July: from Jul–Sep on, its returns are expected
        supervision = returns.save(world.adminA(), null, command("Supervision held within timescale", true, null),
                0);
        caseloads = returns.save(world.adminA(), null, command("Social work caseloads", false, "children per worker"),
                0);
        world.today(LocalDate.of(2026, 11, 25));
    }

    private SaveReturnMeasureCommand command(String name, boolean proportion, String unit) {
        return new SaveReturnMeasureCommand(name, name + ", from the case management system", proportion, unit,
                proportion, officer.agencyId(), officer.memberId(), Frequency.QUARTERLY, 15);
    }

    private SubmitReturnCommand proportion(LocalDate period, Long numerator, Long denominator, String note) {
        return new SubmitReturnCommand(supervision.requireId(), period, numerator, denominator, null, "Liquidlogic",
                note);
    }

    private ReturnDue dueFor(ReturnMeasure measure, LocalDate period) {
        return returns.due(officer).stream().filter(d -> d.measure().requireId().equals(measure.requireId())
                && d.period().start().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void theAdminDefinesAMeasureWhichIsAuditedAndReadyForItsAgency() {
        assertThat(supervision.ready()).isTrue();
        assertThat(returns.measures(world.boardChairA())).extracting(ReturnMeasure::name)
                .containsExactly("Social work caseloads", "Supervision held within timescale");
        assertThat(world.auditLog.all()).anyMatch(e -> e.entityType().equals("Data-return measure"));
        assertThatThrownBy(() -> returns.save(officer, null, command("Another", true, null), 0))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> returns.measures(world.practitionerA())).isInstanceOf(NotAuthorisedException.class);
        ReturnMeasure renamed = returns.save(world.adminA(), supervision.requireId(),
                command("Supervision in timescale", true, null), supervision.version());
        assertThat(renamed.name()).isEqualTo("Supervision in timescale");
        assertThatThrownBy(() -> returns.save(world.adminA(), supervision.requireId(),
                command("Supervision again", true, null), supervision.version()))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aMeasureNeedsADefinitionAnAgencyAndAnOfficerOfThatAgencyAndANameOfItsOwn() {
        var missing = catchThrowableOfType(ValidationException.class, () -> new SaveReturnMeasureCommand(" ", "",
                false, "", true, null, null, null, 0));
        assertThat(missing.fieldErrors()).containsKeys("name", "definition", "unit", "agency", "officer", "frequency",
                "daysToReturn");
        var police = world.agencyId(world.partnershipA(), TestPartnerships.A_POLICE);
        var wrongAgency = catchThrowableOfType(ValidationException.class, () -> returns.save(world.adminA(), null,
                new SaveReturnMeasureCommand("Police returns", "Def", true, null, true, police, officer.memberId(),
                        Frequency.QUARTERLY, 15), 0));
        assertThat(wrongAgency.fieldErrors()).containsEntry("officer", "The officer must belong to the agency that "
                + "returns it.");
        var taken = catchThrowableOfType(ValidationException.class, () -> returns.save(world.adminA(), null,
                command("social WORK caseloads", true, null), 0));
        assertThat(taken.fieldErrors()).containsKey("name");
        var otherPartnership = catchThrowableOfType(ValidationException.class, () -> returns.save(world.adminB(),
                null, command("Caseloads B", true, null), 0));
        assertThat(otherPartnership.fieldErrors()).containsKeys("agency", "officer");
    }

    @Test
    void theOfficerReturnsAnEndedPeriodWithItsSourceAndTheFigureIsAudited() {
        DataReturn in = returns.submit(officer, proportion(JUL, 45L, 50L, ""));
        assertThat(in.period()).isEqualTo(new ReturnPeriod(JUL, LocalDate.of(2026, 9, 30)));
        assertThat(in.sourceSystem()).isEqualTo("Liquidlogic");
        assertThat(in.byName()).isEqualTo("Olu Officer");
        assertThat(in.correction()).isFalse();
        assertThat(world.auditLog.all()).anyMatch(e -> e.entityType().equals("Data return"));
        DataReturn amount = returns.submit(officer, new SubmitReturnCommand(caseloads.requireId(), JUL, null, null,
                17.5, "Mosaic", null));
        assertThat(amount.value()).isEqualTo(17.5);
        assertThat(amount.numerator()).isNull();
    }

    @Test
    void badFiguresAreRefusedBesideTheirFieldsAndNothingIsSaved() {
        var notOver = catchThrowableOfType(ValidationException.class, () -> returns.submit(officer,
                proportion(OCT, 1L, 2L, "")));
        assertThat(notOver.fieldErrors().get("period")).isEqualTo("The period Oct\u2013Dec 2026 is not over yet: its "
                + "figure can be returned from Fri 1 Jan 2027.");
        var zero = catchThrowableOfType(ValidationException.class, () -> returns.submit(officer,
                proportion(JUL, 0L, 0L, "")));
        assertThat(zero.fieldErrors()).containsOnlyKeys("denominator");
        var above = catchThrowableOfType(ValidationException.class, () -> returns.submit(officer,
                proportion(JUL, 51L, 50L, "")));
        assertThat(above.fieldErrors()).containsEntry("numerator", "The numerator cannot be more than the denominator "
                + "(50).");
        var midPeriod = catchThrowableOfType(ValidationException.class, () -> returns.submit(officer,
                proportion(LocalDate.of(2026, 8, 1), 1L, 2L, "")));
        assertThat(midPeriod.fieldErrors()).containsEntry("period", "Choose one of the measure's periods.");
        var noSource = catchThrowableOfType(ValidationException.class, () -> returns.submit(officer,
                new SubmitReturnCommand(caseloads.requireId(), JUL, null, null, null, " ", null)));
        assertThat(noSource.fieldErrors()).containsKeys("value", "sourceSystem");
        assertThat(returns.history(officer, supervision.requireId())).isEmpty();
        assertThat(returns.history(officer, caseloads.requireId())).isEmpty();
    }

    @Test
    void anotherAgencyCannotSubmitTheReturnNorCanAColleagueWhoIsNotItsOfficerOrAManager() {
        assertThatThrownBy(() -> returns.submit(world.practitionerA(), proportion(JUL, 1L, 2L, "")))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("another agency");
        assertThatThrownBy(() -> returns.submit(world.leadOfficerA(), proportion(JUL, 1L, 2L, "")))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("officer named");
        assertThat(world.accessLog.all()).as("both refusals logged").hasSize(2)
                .allSatisfy(e -> assertThat(e.allowed()).isFalse())
                .allSatisfy(e -> assertThat(e.record()).startsWith("Data return: "));
        world.addMember(world.adminA(), "Pat Practitioner", "pat@northshire.example",
                TestPartnerships.A_CHILDRENS_SERVICES, Role.PRACTITIONER);
        var practitioner = catchThrowableOfType(ValidationException.class, () -> returns.save(world.adminA(), null,
                new SaveReturnMeasureCommand("By a practitioner", "Def", true, null, true, officer.agencyId(),
                        world.actorByEmail("pat@northshire.example").memberId(), Frequency.QUARTERLY, 15), 0));
        assertThat(practitioner.fieldErrors()).containsKey("officer");
        world.addMember(world.adminA(), "Max Manager", "max@northshire.example", TestPartnerships.A_CHILDRENS_SERVICES,
                Role.LINE_MANAGER);
        assertThat(returns.submit(world.actorByEmail("max@northshire.example"), proportion(JUL, 1L, 2L, ""))
                .byName()).isEqualTo("Max Manager");
        assertThatThrownBy(() -> returns.submit(world.adminB(), proportion(JUL, 1L, 2L, "")))
                .hasMessage("Measure not found.");
    }

    @Test
    void aCorrectionNeedsItsReasonAndKeepsTheEarlierFigureInTheHistory() {
        DataReturn first = returns.submit(officer, proportion(JUL, 40L, 50L, ""));
        var noReason = catchThrowableOfType(ValidationException.class, () -> returns.submit(officer,
                proportion(JUL, 42L, 50L, " ")));
        assertThat(noReason.fieldErrors().get("note")).startsWith("This period was returned on Wed 25 Nov 2026");
        world.clock.advance(java.time.Duration.ofMinutes(30));
        DataReturn corrected = returns.submit(officer, proportion(JUL, 42L, 50L, "Two supervisions recorded late"));
        assertThat(corrected.corrects()).isEqualTo(first.id());
        assertThat(returns.history(world.adminA(), supervision.requireId())).containsExactly(corrected, first);
        ReturnDue july = dueFor(supervision, JUL);
        assertThat(july.current()).isEqualTo(corrected);
        assertThat(returns.series(world.partnershipA(), supervision.requireId(), LocalDate.of(2026, 11, 25), 4)
                .orElseThrow().latest()).isEqualTo(corrected);
    }

    /** Jul–Sep is due on 15 Oct: late from 16 Oct; reminded five days before, and once more when late. */
    @Test
    void aReturnDueSoonRemindsItsOfficerOnceAndALateOneIsFlaggedAndRemindedOnceMore() {
        world.today(LocalDate.of(2026, 10, 9));
        assertThat(returns.sendReminders(world.partnershipA())).isZero();
        world.today(LocalDate.of(2026, 10, 10));
        assertThat(returns.sendReminders(world.partnershipA())).isEqualTo(2);
        assertThat(returns.sendReminders(world.partnershipA())).isZero();
        world.today(LocalDate.of(2026, 10, 15));
        ReturnDue due = dueFor(supervision, JUL);
        assertThat(due.late()).isFalse();
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(returns.series(world.partnershipA(), supervision.requireId(), LocalDate.of(2026, 10, 15), 4)
                .orElseThrow().latePeriod()).isNull();
        returns.submit(officer, new SubmitReturnCommand(caseloads.requireId(), JUL, null, null, 18.0, "Mosaic", ""));
        world.today(LocalDate.of(2026, 10, 16));
        assertThat(dueFor(supervision, JUL).late()).isTrue();
        assertThat(dueFor(caseloads, JUL).late()).isFalse();
        assertThat(returns.due(officer).getFirst()).isEqualTo(dueFor(supervision, JUL));
        assertThat(returns.due(officer)).filteredOn(ReturnDue::late).hasSize(1);
        assertThat(dueFor(supervision, JUL.minusMonths(3)).current()).isNull();
        var series = returns.series(world.partnershipA(), supervision.requireId(), LocalDate.of(2026, 10, 16), 4)
                .orElseThrow();
        assertThat(series.latePeriod()).isEqualTo(new ReturnPeriod(JUL, LocalDate.of(2026, 9, 30)));
        assertThat(returns.allSeries(world.partnershipA(), LocalDate.of(2026, 10, 16), 4))
                .as("read at once, the same series").containsEntry(supervision.requireId(), series)
                .containsKey(caseloads.requireId());
        assertThat(returns.sendReminders(world.partnershipA())).isEqualTo(1);
        assertThat(reminded).containsExactlyInAnyOrder("return-due:" + supervision.requireId().value() + ":2026-07-01",
                "return-due:" + caseloads.requireId().value() + ":2026-07-01",
                "return-late:" + supervision.requireId().value() + ":2026-07-01");
    }

    /**
     * A gap after a period returned stays late (and flagged on the board) after the next period is over; a period
     * that ended before the measure was defined is never late unless one before it was returned.
     */
    @Test
    void aMissingReturnAfterOneReturnedStaysLateButNoneIsLateBeforeTheFirstReturn() {
        world.today(LocalDate.of(2026, 7, 10));
        returns.submit(officer, proportion(LocalDate.of(2026, 4, 1), 40L, 50L, ""));
        world.today(LocalDate.of(2027, 1, 1));
        assertThat(dueFor(supervision, JUL).late()).isTrue();
        assertThat(dueFor(supervision, OCT).late()).isFalse();
        assertThat(dueFor(supervision, LocalDate.of(2026, 1, 1)).late()).isFalse();
        assertThat(dueFor(caseloads, JUL).late()).as("expected since it was defined").isTrue();
        assertThat(dueFor(caseloads, LocalDate.of(2026, 4, 1)).late()).as("ended before it was defined").isFalse();
        assertThat(returns.series(world.partnershipA(), supervision.requireId(), LocalDate.of(2027, 1, 1), 4)
                .orElseThrow().latePeriod()).isEqualTo(new ReturnPeriod(JUL, LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aMeasureStillToDefineAsksForNothingAndRemindsNoOne() {
        world.returnRecords.save(new ReturnMeasure(null, world.partnershipA(), "Reports reconciled", "", true, "",
                true, null, null, Frequency.QUARTERLY, 15, LocalDate.of(2026, 1, 1), 0));
        assertThat(returns.due(officer)).allMatch(d -> d.measure().ready());
        assertThat(returns.measures(world.adminA()).getFirst().name()).isEqualTo("Reports reconciled");
        world.today(LocalDate.of(2026, 10, 20));
        assertThat(returns.sendReminders(world.partnershipA())).isEqualTo(2);
    }

    /** Any day: the period a day falls in, across a year's end, a bank holiday and the financial year's start. */
    @ParameterizedTest
    @CsvSource({"MONTHLY, 2027-01-01, 2027-01-01, 2027-01-31, Jan 2027",
            "QUARTERLY, 2027-01-01, 2027-01-01, 2027-03-31, Jan\u2013Mar 2027",
            "QUARTERLY, 2026-12-31, 2026-10-01, 2026-12-31, Oct\u2013Dec 2026",
            "YEARLY, 2027-03-31, 2026-04-01, 2027-03-31, Apr 2026\u2013Mar 2027",
            "YEARLY, 2027-04-01, 2027-04-01, 2028-03-31, Apr 2027\u2013Mar 2028"})
    void periodsFollowTheCalendar(Frequency frequency, LocalDate day, LocalDate start, LocalDate end, String label) {
        ReturnPeriod period = frequency.containing(day);
        assertThat(period).isEqualTo(new ReturnPeriod(start, end));
        assertThat(period.label()).isEqualTo(label);
        assertThat(frequency.starts(start)).isTrue();
        assertThat(frequency.before(period).end()).isEqualTo(start.minusDays(1));
    }
}
