package org.lscp.workspace.domain.plan.model;

import org.lscp.workspace.domain.shared.MemberId;

/** A member as pickers show them. */
public record MemberRef(MemberId id, String name, String email) {
}
