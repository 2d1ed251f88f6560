package org.lscp.workspace.domain.partnership.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Text;

/** Filters for the agency list: name contains {@code text}; optionally one kind. */
public record AgencyFilter(@Nullable String text, @Nullable AgencyKind kind) {
    public static final AgencyFilter NONE = new AgencyFilter(null, null);

    public AgencyFilter {
        text = Text.clean(text);
    }
}
