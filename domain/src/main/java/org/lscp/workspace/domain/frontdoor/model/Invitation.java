package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * An agency invited to a strategy discussion and what it recorded for itself: whether it took part and what it
 * shared. The police and health agencies are always invited ({@link #mustTakePart}).
 */
public record Invitation(AgencyId agency, String agencyName, AgencyKind kind, @Nullable Boolean tookPart,
                         @Nullable String shared, @Nullable MemberId recordedBy, @Nullable String recordedByName,
                         @Nullable Instant recordedAt) {

    /** Invited, nothing recorded yet. */
    public static Invitation of(AgencyId agency, String agencyName, AgencyKind kind) {
        return new Invitation(agency, agencyName, kind, null, null, null, null, null);
    }

    /** Police and health: a strategy discussion without either is flagged. */
    public static boolean mustTakePart(AgencyKind kind) {
        return kind == AgencyKind.POLICE || kind == AgencyKind.HEALTH;
    }

    /** Not recorded as taking part: an agency that has not said is absent until it does. */
    public boolean absent() {
        return !Boolean.TRUE.equals(tookPart);
    }

    public Invitation recorded(boolean tookPart, @Nullable String shared, MemberId by, String byName, Instant at) {
        return new Invitation(agency, agencyName, kind, tookPart, shared, by, byName, at);
    }
}
