package org.lscp.workspace.domain.frontdoor.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/** An invited agency records for itself whether it took part in the strategy discussion, and what it shared. */
public record RecordAttendanceCommand(boolean tookPart, @Nullable String shared) {
    public static final int SHARED_MAX = 4_000;

    public RecordAttendanceCommand {
        shared = Text.block(shared);
        new Check().optionalLongText("shared", shared, "what your agency shared", SHARED_MAX).done();
    }
}
