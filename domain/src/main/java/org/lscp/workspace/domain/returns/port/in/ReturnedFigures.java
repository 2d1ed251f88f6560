package org.lscp.workspace.domain.returns.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.returns.model.ReturnSeries;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The returned figures as the board and the measure catalogue read them. It takes no actor: the calling use case has
 * checked its caller; every read is scoped to a partnership.
 */
public interface ReturnedFigures {
    List<ReturnMeasure> measures(PartnershipId partnership);

    /** The current returns of the {@code periods} latest periods over by {@code asOf}, and whether the last is late. */
    Optional<ReturnSeries> series(PartnershipId partnership, ReturnMeasureId measure, LocalDate asOf, int periods);

    /** {@link #series} of every measure of the partnership, read at once. */
    java.util.Map<ReturnMeasureId, ReturnSeries> allSeries(PartnershipId partnership, LocalDate asOf, int periods);
}
