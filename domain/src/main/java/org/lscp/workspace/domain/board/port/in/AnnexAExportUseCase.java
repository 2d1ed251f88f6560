package org.lscp.workspace.domain.board.port.in;

import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Ofsted Annex A lists 1, 3 and 5 for contacts received in a period, from the workspace's records. The files name
 * children, so only the partnership's administrator or a MASH manager exports them, and each export is written to
 * the access log.
 */
public interface AnnexAExportUseCase {
    /** Lists 1, 3 and 5, a sheet each. */
    byte[] xlsx(Actor actor, Period period);

    byte[] csv(Actor actor, Period period, AnnexAList list);
}
