package org.lscp.workspace.domain.returns.port.in;

import java.util.List;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.ReturnDue;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.returns.model.SubmitReturnCommand;
import org.lscp.workspace.domain.shared.Actor;

/** An agency's officer submits its data returns, each period, by their due day. */
public interface DataReturnsUseCase {
    /**
     * The caller's agency's returns of the latest periods: first those late, then those not yet in, newest period
     * first; then those in. A missing return is late after its due day if its period is the latest over or follows
     * one the agency returned (a measure defined today is not late for the periods before it).
     */
    List<ReturnDue> due(Actor actor);

    /** A figure for a period that is over; for a period already returned, a correction with its reason. */
    DataReturn submit(Actor actor, SubmitReturnCommand command);

    /** Every return of a measure, corrections included, newest first. */
    List<DataReturn> history(Actor actor, ReturnMeasureId measure);
}
