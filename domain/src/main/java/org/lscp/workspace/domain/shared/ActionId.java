package org.lscp.workspace.domain.shared;

public record ActionId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
