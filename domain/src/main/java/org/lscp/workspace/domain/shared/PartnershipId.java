package org.lscp.workspace.domain.shared;

/** Identifies a safeguarding children partnership: the tenant every record belongs to. */
public record PartnershipId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
