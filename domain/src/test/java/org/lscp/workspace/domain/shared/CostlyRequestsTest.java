package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.board.service.LimitedBoardFiles;
import org.lscp.workspace.domain.fixtures.MutableClock;

class CostlyRequestsTest {
    private final MutableClock clock = new MutableClock();
    private final CostlyRequests limit = new CostlyRequests(clock, 3, Duration.ofMinutes(1));

    private static Actor member(long id) {
        return new Actor(new MemberId(id), "Member " + id, new PartnershipId(1), "Partnership", new AgencyId(1),
                "Agency", Set.of(Role.MASH_MANAGER));
    }

    @Test
    void aMemberGetsTheAllowedNumberWithinTheWindowThenIsToldHowLongToWait() {
        Actor sam = member(1);
        limit.admit(sam);
        clock.advance(Duration.ofSeconds(20));
        limit.admit(sam);
        limit.admit(sam);
        assertThatThrownBy(() -> limit.admit(sam)).isInstanceOf(TooManyRequestsException.class)
                .hasMessage("You have asked for 3 reports or exports within a minute. So that the workspace stays "
                        + "quick for everyone, wait 40 seconds, then try again.");
        clock.advance(Duration.ofSeconds(39));
        assertThatThrownBy(() -> limit.admit(sam)).hasMessageContaining("wait 1 second,");
        clock.advance(Duration.ofSeconds(1));
        limit.admit(sam); // the first request has left the window: one more
        assertThatThrownBy(() -> limit.admit(sam)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void refusedRequestsDoNotCountAndEachMemberHasTheirOwnLimit() {
        Actor sam = member(1);
        Actor dana = member(2);
        for (int i = 0; i < 3; i++) limit.admit(sam);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> limit.admit(sam)).isInstanceOf(TooManyRequestsException.class);
        }
        limit.admit(dana);
        clock.advance(Duration.ofMinutes(1).plusMillis(1));
        for (int i = 0; i < 3; i++) limit.admit(sam);
    }

    @Test
    void theBoardReportAndTheAnnexAExportShareOneLimitAndAreNotBuiltOnceItIsReached() {
        List<String> built = new ArrayList<>();
        BoardReportUseCase reports = LimitedBoardFiles.reports((actor, day, agency) -> {
            built.add("report");
            return new byte[0];
        }, limit);
        AnnexAExportUseCase exports = LimitedBoardFiles.exports(new AnnexAExportUseCase() {
            @Override
            public byte[] xlsx(Actor actor, Period period) {
                built.add("xlsx");
                return new byte[0];
            }

            @Override
            public byte[] csv(Actor actor, Period period, AnnexAList list) {
                built.add("csv");
                return new byte[0];
            }
        }, limit);
        Actor sam = member(1);
        Period year = Period.yearTo(LocalDate.of(2025, 3, 3));
        reports.report(sam, LocalDate.of(2025, 3, 3), null);
        exports.xlsx(sam, year);
        exports.csv(sam, year, AnnexAList.values()[0]);
        assertThatThrownBy(() -> exports.csv(sam, year, AnnexAList.values()[0]))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> reports.report(sam, LocalDate.of(2025, 3, 3), null))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(built).containsExactly("report", "xlsx", "csv");
    }

    @Test
    void aLimitMustAllowSomething() {
        assertThatThrownBy(() -> new CostlyRequests(clock, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostlyRequests(clock, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
