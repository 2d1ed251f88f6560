package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.MemberId;

/** A MASH manager's dated ratification of a threshold decision, with their comment. */
public record Oversight(MemberId by, String byName, Instant at, String comment) {
}
