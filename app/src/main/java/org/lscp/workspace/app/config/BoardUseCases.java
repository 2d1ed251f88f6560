package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import java.time.Clock;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.board.port.out.AnnexAWriter;
import org.lscp.workspace.domain.board.port.out.BoardReportRenderer;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.board.port.out.JudgementRepository;
import org.lscp.workspace.domain.board.service.AnnexAExportService;
import org.lscp.workspace.domain.board.service.BoardService;
import org.lscp.workspace.domain.board.service.LimitedBoardFiles;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.shared.CostlyRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Board assurance: the dashboard, judgements, the board report and the Annex A export, within each member's limit
 * of costly requests. Each service is a bean behind its use-case interface, in one transaction per use case
 * (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class BoardUseCases {

    /**
     * One service reads the board's figures, records its judgements and builds its report. It is held, not
     * registered as itself (it implements all three ports), so each port below is one unambiguous transactional bean.
     */
    record Board(BoardService service) {
    }

    @Bean
    Board board(BoardRepository board, JudgementRepository judgements, PlanRecords plan,
                AgencyDirectory agencies, MemberDirectory members, EscalationQuery escalations, ChildIdentifierUseCase identifiers,
                BoardReportRenderer renderer, Auditor auditor,
                org.lscp.workspace.domain.returns.port.in.ReturnedFigures returned,
                org.lscp.workspace.domain.caseaudit.port.in.AuditedFigures audited,
                org.lscp.workspace.domain.shared.change.ChangeSubscriptions changes,
                @Value("${workspace.board.figures-settle:1500ms}") java.time.Duration settle) {
        // figures counted once for everyone asking at about the same time (a minute at most while nothing changes);
        // ages in real elapsed time, as the workspace's clock may stand still in a demo
        BoardRepository recent = new org.lscp.workspace.domain.board.service.RecentBoardFigures(board, changes,
                settle, java.time.Duration.ofMinutes(1), System::nanoTime);
        return new Board(new BoardService(recent, judgements, plan, agencies, members,
                escalations::waitingOnThePartnership, identifiers, returned, audited, renderer, auditor));
    }

    @Bean
    BoardQuery boardQuery(Board board, UseCaseTransactions tx) {
        return tx.wrap(BoardQuery.class, board.service());
    }

    @Bean
    AssuranceUseCase assurance(Board board, UseCaseTransactions tx) {
        return tx.wrap(AssuranceUseCase.class, board.service());
    }

    @Bean
    BoardReportUseCase boardReport(Board board, CostlyRequests costly, UseCaseTransactions tx) {
        return tx.wrap(BoardReportUseCase.class, LimitedBoardFiles.reports(board.service(), costly));
    }

    @Bean
    AnnexAExportUseCase annexAExport(BoardRepository board, AnnexAWriter writer, AccessLog accessLog, Auditor auditor,
                                     CostlyRequests costly, UseCaseTransactions tx) {
        return tx.wrap(AnnexAExportUseCase.class, LimitedBoardFiles.exports(
                new AnnexAExportService(board, writer, accessLog, auditor), costly));
    }

    /** One member's reports and exports together, at most so many in a window (a flood slows nobody else). */
    @Bean
    CostlyRequests costlyRequests(Clock clock,
                                  @Value("${workspace.costly-requests.allowed:10}") int allowed,
                                  @Value("${workspace.costly-requests.window:1m}") java.time.Duration window) {
        return new CostlyRequests(clock, allowed, window);
    }
}
