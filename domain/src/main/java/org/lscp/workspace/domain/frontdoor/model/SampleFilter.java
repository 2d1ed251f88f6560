package org.lscp.workspace.domain.frontdoor.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * Which decided contacts an audit's sample is drawn from, besides their period: only those rated so, only those from
 * an agency. Both are fixed once a contact is recorded, so the recorded seed always re-draws the same cases (an open
 * flag, which comes and goes, is not offered for that reason). Each part optional; {@link #NONE} takes every decided
 * contact of the period.
 */
public record SampleFilter(@Nullable Rag rag, @Nullable AgencyId source) {
    public static final SampleFilter NONE = new SampleFilter(null, null);

    public boolean none() {
        return rag == null && source == null;
    }
}
