package org.lscp.workspace.domain.audit.model;

import org.lscp.workspace.domain.shared.audit.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * Filters for browsing the audit trail — who did it, to what kind of record, what happened (e.g. every failed
 * sign-in) — dates are inclusive days in Europe/London.
 */
public record AuditFilter(@Nullable MemberId member, @Nullable String entityType,
                          @Nullable LocalDate from, @Nullable LocalDate to, @Nullable AuditAction action) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    public AuditFilter(@Nullable MemberId member, @Nullable String entityType, @Nullable LocalDate from,
                       @Nullable LocalDate to) {
        this(member, entityType, from, to, null);
    }

    public AuditFilter {
        new Check().that(from == null || to == null || !to.isBefore(from), "to",
                "The end date must be on or after the start date.").done();
    }

    /** Inclusive lower bound: the start of {@code from} in London, or null. */
    public @Nullable Instant fromInstant() {
        return from == null ? null : London.startOf(from);
    }

    /** Exclusive upper bound: the start of the day after {@code to} in London, or null. */
    public @Nullable Instant toExclusive() {
        return to == null ? null : London.startOfDayAfter(to);
    }
}
