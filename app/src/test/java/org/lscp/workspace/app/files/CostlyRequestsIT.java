package org.lscp.workspace.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The limit on costly requests as wired: one member's board reports and Annex A exports share it, a refused request
 * builds nothing and is counted as refused for the operators, and another member is not held up. Started with a
 * limit of 3 a minute so the test needs only a few requests.
 */
@WorkspaceTest
@TestPropertySource(properties = "workspace.costly-requests.allowed=3")
class CostlyRequestsIT {
    @Autowired BoardReportUseCase reports;
    @Autowired AnnexAExportUseCase exports;
    @Autowired SignInUseCase signIn;
    @Autowired java.time.Clock clock;

    @Test
    void aMembersReportsAndExportsShareALimitAndTheFourthInAMinuteIsRefusedInWords() {
        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        var admin = DemoActors.actor(signIn, "admin@enfield.example");
        var today = London.today(clock);
        var year = Period.yearTo(today);
        double refusedBefore = refused();

        assertThat(reports.report(manager, today, null)).isNotEmpty();
        assertThat(exports.xlsx(manager, year)).isNotEmpty();
        assertThat(exports.csv(manager, year, AnnexAList.values()[0])).isNotEmpty();
        assertThatThrownBy(() -> exports.csv(manager, year, AnnexAList.values()[0]))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageStartingWith("You have asked for 3 reports or exports within a minute.")
                .hasMessageContaining("then try again.");
        assertThatThrownBy(() -> reports.report(manager, today, null)).isInstanceOf(TooManyRequestsException.class);

        assertThat(exports.xlsx(admin, year)).as("another member is not held up").isNotEmpty();
        assertThat(refused() - refusedBefore).as("counted as refused for the operators").isEqualTo(2);
    }

    private static double refused() {
        return Metrics.globalRegistry.find("workspace.use.case").tag("outcome", "refused").timers().stream()
                .filter(t -> t.getId().getTag("use_case").matches("BoardReportUseCase|AnnexAExportUseCase"))
                .mapToDouble(t -> t.count()).sum();
    }
}
