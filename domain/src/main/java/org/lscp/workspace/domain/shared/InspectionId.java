package org.lscp.workspace.domain.shared;

public record InspectionId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
