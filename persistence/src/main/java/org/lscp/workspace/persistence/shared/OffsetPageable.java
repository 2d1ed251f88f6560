package org.lscp.workspace.persistence.shared;

import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A Pageable that starts at any offset (grids scroll by rows, not by whole pages). */
public record OffsetPageable(long offset, int limit, Sort sort) implements Pageable {

    public static OffsetPageable of(PageRequest page, Sort sort) {
        return new OffsetPageable(page.offset(), page.limit(), sort);
    }

    @Override public int getPageNumber() { return (int) (offset / limit); }

    @Override public int getPageSize() { return limit; }

    @Override public long getOffset() { return offset; }

    @Override public Sort getSort() { return sort; }

    @Override public Pageable next() { return new OffsetPageable(offset + limit, limit, sort); }

    @Override public Pageable previousOrFirst() { return hasPrevious() ? new OffsetPageable(Math.max(0, offset - limit), limit, sort) : first(); }

    @Override public Pageable first() { return new OffsetPageable(0, limit, sort); }

    @Override public Pageable withPage(int pageNumber) { return new OffsetPageable((long) pageNumber * limit, limit, sort); }

    @Override public boolean hasPrevious() { return offset > 0; }
}
