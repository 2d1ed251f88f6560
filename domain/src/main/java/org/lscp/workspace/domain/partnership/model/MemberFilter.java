package org.lscp.workspace.domain.partnership.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.Text;

/** Filters for the member list: name or email contains {@code text}; agency, role, active are optional. */
public record MemberFilter(@Nullable String text, @Nullable AgencyId agency, @Nullable Role role,
                           @Nullable Boolean active) {
    public static final MemberFilter NONE = new MemberFilter(null, null, null, null);

    public MemberFilter {
        text = Text.clean(text);
    }
}
