package org.lscp.workspace.domain.shared;

public record EvidenceId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
