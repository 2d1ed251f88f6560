package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;

/** Queue filters; all optional. Received dates are inclusive London days. Open means not yet decided. */
public record ContactFilter(@Nullable Rag rag, @Nullable AgencyId sourceAgency, @Nullable Boolean open,
                            @Nullable FlagType flag, @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo) {
    public static final ContactFilter OPEN = new ContactFilter(null, null, true, null, null, null);

    public ContactFilter {
        new Check().that(receivedFrom == null || receivedTo == null || !receivedTo.isBefore(receivedFrom), "receivedTo",
                "The end date must be on or after the start date.").done();
    }
}
