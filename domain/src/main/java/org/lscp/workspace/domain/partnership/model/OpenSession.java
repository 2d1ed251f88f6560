package org.lscp.workspace.domain.partnership.model;

import java.time.Instant;

/**
 * One of a member's open sessions, as the member or an admin sees it: an opaque handle (never the session id, which
 * would let its reader take the session over), the browser and system it runs in, the address it signed in from,
 * since when, and whether it is the session asking.
 */
public record OpenSession(String handle, String device, String address, Instant since, boolean current) {
}
