package org.lscp.workspace.domain.frontdoor.model;

public record ContactId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
