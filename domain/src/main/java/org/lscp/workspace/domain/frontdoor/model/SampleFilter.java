package org.lscp.workspace.domain.frontdoor.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * Which decided contacts an audit's sample is drawn from, besides their period: only those rated so, only those from
 * an agency, only those ever flagged so (a thresholds audit samples the disclosures flagged for want of a strategy
 * discussion, say). Each part optional; {@link #NONE} takes every decided contact of the period.
 */
public record SampleFilter(@Nullable Rag rag, @Nullable AgencyId source, @Nullable FlagType flag) {
    public static final SampleFilter NONE = new SampleFilter(null, null, null);

    public boolean none() {
        return rag == null && source == null && flag == null;
    }
}
