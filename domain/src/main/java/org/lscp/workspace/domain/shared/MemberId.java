package org.lscp.workspace.domain.shared;

/** Identifies a member (a person who signs in) of a partnership. */
public record MemberId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
