package org.lscp.workspace.domain.shared;

public record RecommendationId(long value) {
    @Override public String toString() { return Long.toString(value); }
}
