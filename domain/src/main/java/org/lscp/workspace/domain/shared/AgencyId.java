package org.lscp.workspace.domain.shared;

/** Identifies a partner agency within a partnership. */
public record AgencyId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
