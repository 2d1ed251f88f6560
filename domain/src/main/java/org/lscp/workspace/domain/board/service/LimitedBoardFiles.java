package org.lscp.workspace.domain.board.service;

import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.CostlyRequests;

/** The board's files — the report and the Annex A export — each counted against the member's costly-request limit. */
public final class LimitedBoardFiles {
    private LimitedBoardFiles() {
    }

    public static BoardReportUseCase reports(BoardReportUseCase reports, CostlyRequests limit) {
        return (actor, meetingDate, agency) -> {
            limit.admit(actor);
            return reports.report(actor, meetingDate, agency);
        };
    }

    public static AnnexAExportUseCase exports(AnnexAExportUseCase exports, CostlyRequests limit) {
        return new AnnexAExportUseCase() {
            @Override
            public byte[] xlsx(Actor actor, Period period) {
                limit.admit(actor);
                return exports.xlsx(actor, period);
            }

            @Override
            public byte[] csv(Actor actor, Period period, AnnexAList list) {
                limit.admit(actor);
                return exports.csv(actor, period, list);
            }
        };
    }
}
