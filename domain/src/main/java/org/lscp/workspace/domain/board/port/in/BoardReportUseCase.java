package org.lscp.workspace.domain.board.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/** The board report for a meeting date, as a PDF. */
public interface BoardReportUseCase {
    byte[] report(Actor actor, LocalDate meetingDate, @Nullable AgencyId agency);
}
