package org.lscp.workspace.domain.plan.model;

import java.time.Instant;

/** One event in a recommendation's history, as the recommendation page lists it. */
public record TimelineEntry(Instant at, String who, String what) {
}
