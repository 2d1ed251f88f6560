package org.lscp.workspace.domain.redaction.model;

/** Where free text identifies a child: the characters {@code start} (inclusive) to {@code end} (exclusive). */
public record Identifier(int start, int end, String text) {
    public Identifier {
        if (start < 0 || end <= start) throw new IllegalArgumentException("empty span " + start + ".." + end);
    }
}
