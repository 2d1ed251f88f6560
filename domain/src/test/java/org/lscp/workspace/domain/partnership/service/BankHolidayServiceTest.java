package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.EnglandAndWalesBankHolidays;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.ValidationException;

class BankHolidayServiceTest {
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    private TestPartnerships world;
    private BankHolidayService service;
    private Actor admin;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.bankHolidayService;
        admin = world.adminA();
    }

    private List<AuditEntry> auditSince(int size) {
        return world.auditLog.all().subList(size, world.auditLog.size());
    }

    @Test
    void everyMemberReadsTheSeededCalendarInDateOrder() {
        List<BankHoliday> all = service.list(world.practitionerA());
        assertThat(all).hasSize(EnglandAndWalesBankHolidays.named().size());
        assertThat(all).extracting(BankHoliday::day).isSorted();
        assertThat(all).contains(new BankHoliday(CHRISTMAS, "Christmas Day"));
    }

    @Test
    void anAdminAddsAHolidayWhichIsAuditedAndChangesTheCalendar() {
        int audit = world.auditLog.size();
        assertThat(world.holidays.calendar(world.partnershipA()).isWorkingDay(CHRISTMAS_EVE)).isTrue();

        service.add(admin, new BankHoliday(CHRISTMAS_EVE, "  Christmas Eve (local) "));

        assertThat(service.list(admin)).contains(new BankHoliday(CHRISTMAS_EVE, "Christmas Eve (local)"));
        assertThat(world.holidays.calendar(world.partnershipA()).isWorkingDay(CHRISTMAS_EVE)).isFalse();
        assertThat(world.holidays.calendar(world.partnershipB()).isWorkingDay(CHRISTMAS_EVE))
                .as("another partnership's calendar is untouched").isTrue();
        assertThat(auditSince(audit)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.entityType()).isEqualTo("Bank holiday");
            assertThat(e.entityId()).isEqualTo("2026-12-24");
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.after()).isEqualTo("date: 2026-12-24\nname: Christmas Eve (local)");
        });
    }

    @Test
    void aDateThatIsAlreadyAHolidayIsRefused() {
        int audit = world.auditLog.size();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.add(admin, new BankHoliday(CHRISTMAS, "Another name")));
        assertThat(e.fieldErrors()).containsExactly(Map.entry("day", "That date is already a bank holiday."));
        assertThat(service.list(admin)).contains(new BankHoliday(CHRISTMAS, "Christmas Day"));
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void anAdminRemovesAHolidayWhichIsAudited() {
        int audit = world.auditLog.size();
        service.remove(admin, CHRISTMAS);

        assertThat(service.list(admin)).extracting(BankHoliday::day).doesNotContain(CHRISTMAS);
        assertThat(world.holidays.calendar(world.partnershipA()).isWorkingDay(CHRISTMAS)).isTrue();
        assertThat(service.list(world.adminB())).extracting(BankHoliday::day).contains(CHRISTMAS);
        assertThat(auditSince(audit)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REMOVED);
            assertThat(e.entityType()).isEqualTo("Bank holiday");
            assertThat(e.entityId()).isEqualTo("2026-12-25");
            assertThat(e.before()).isEqualTo("date: 2026-12-25\nname: Christmas Day");
            assertThat(e.after()).isEmpty();
        });
        assertThatThrownBy(() -> service.remove(admin, CHRISTMAS)).isInstanceOf(NotFoundException.class)
                .hasMessage("That date is not a bank holiday.");
        assertThat(world.auditLog.size()).isEqualTo(audit + 1);
    }

    @Test
    void onlyAnAdminChangesTheCalendar() {
        int audit = world.auditLog.size();
        int count = service.list(admin).size();
        for (Actor other : List.of(world.practitionerA(), world.leadOfficerA(), world.boardChairA())) {
            assertThatThrownBy(() -> service.add(other, new BankHoliday(CHRISTMAS_EVE, "Christmas Eve")))
                    .isInstanceOf(NotAuthorisedException.class)
                    .hasMessage("You do not have permission to do this. It needs the role Partnership admin.");
            assertThatThrownBy(() -> service.remove(other, CHRISTMAS)).isInstanceOf(NotAuthorisedException.class);
        }
        assertThat(service.list(admin)).hasSize(count);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void aHolidayNeedsADateAndAShortName() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> new BankHoliday(null, " ")).fieldErrors())
                .containsOnlyKeys("day", "name").containsEntry("day", "Enter the date.")
                .containsEntry("name", "Enter the holiday's name.");
        assertThat(new BankHoliday(CHRISTMAS_EVE, "x".repeat(80)).name()).hasSize(80);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> new BankHoliday(CHRISTMAS_EVE, "x".repeat(81))).fieldErrors()).containsOnlyKeys("name");
    }
}
