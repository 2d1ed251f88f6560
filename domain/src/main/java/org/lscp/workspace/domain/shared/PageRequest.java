package org.lscp.workspace.domain.shared;

/** A window onto a sorted result: grids page through use cases, never loading a whole table. */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
