package org.lscp.workspace.domain.board.port.out;

import org.lscp.workspace.domain.board.model.BoardReport;

/** Lays the board report out as a document (PDF). */
public interface BoardReportRenderer {
    byte[] render(BoardReport report);
}
