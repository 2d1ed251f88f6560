package org.lscp.workspace.domain.returns.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.returns.model.SaveReturnMeasureCommand;
import org.lscp.workspace.domain.shared.Actor;

/** The partnership admin defines the data-return measures; managers and lead officers read them. */
public interface ReturnMeasuresUseCase {
    /** Those still to define first, then by name. */
    List<ReturnMeasure> measures(Actor actor);

    /** A new measure ({@code id} null) or a change to one at {@code expectedVersion}. */
    ReturnMeasure save(Actor actor, @Nullable ReturnMeasureId id, SaveReturnMeasureCommand command,
                       long expectedVersion);
}
