package org.lscp.workspace.app.security;

import java.io.Serializable;
import java.security.Principal;
import org.lscp.workspace.domain.shared.MemberId;

/** Who is signed in: only the member's id and email; everything else is looked up fresh per use case. */
public record MemberPrincipal(long memberId, String email) implements Principal, Serializable {
    @Override
    public String getName() {
        return email;
    }

    public MemberId id() {
        return new MemberId(memberId);
    }
}
