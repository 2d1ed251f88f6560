package org.lscp.workspace.domain.returns.port.out;

import java.util.List;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Returns are appended, never changed. */
public interface DataReturnRepository {
    DataReturn add(DataReturn figure);

    /** Every return of the measure, oldest first (by period, then as submitted). */
    List<DataReturn> forMeasure(PartnershipId partnership, ReturnMeasureId measure);

    /** Every return of every measure of the partnership, in the same order (one read for the board or a sweep). */
    List<DataReturn> forPartnership(PartnershipId partnership);
}
