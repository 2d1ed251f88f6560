package org.lscp.workspace.domain.board.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;

/** A period and, optionally, one agency (the source of contacts; either side of an escalation). */
public record MeasureFilter(Period period, @Nullable AgencyId agency) {
}
