package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;

/** The flags queue's filters, all optional: the kind of flag, how long ago it was raised, the contact's agency. */
public record FlagFilter(@Nullable FlagType type, @Nullable Age age, @Nullable AgencyId sourceAgency) {
    public static final FlagFilter NONE = new FlagFilter(null, null, null);

    /** How long ago a flag was raised, in London days. */
    public enum Age {
        TODAY("Raised today"), LAST_7_DAYS("In the last 7 days"), OLDER_THAN_7_DAYS("Older than 7 days"),
        OLDER_THAN_30_DAYS("Older than 30 days");

        private final String label;

        Age(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Raised at or after this instant (null: no lower bound). */
        public @Nullable Instant from(Instant now) {
            return switch (this) {
                case TODAY -> startOf(now, 0);
                case LAST_7_DAYS -> startOf(now, 6);
                default -> null;
            };
        }

        /** Raised before this instant (null: no upper bound). */
        public @Nullable Instant before(Instant now) {
            return switch (this) {
                case OLDER_THAN_7_DAYS -> startOf(now, 6);
                case OLDER_THAN_30_DAYS -> startOf(now, 29);
                default -> null;
            };
        }

        private static Instant startOf(Instant now, int daysBack) {
            return LocalDate.ofInstant(now, London.ZONE).minusDays(daysBack).atStartOfDay(London.ZONE).toInstant();
        }
    }

    public FlagFilter withType(@Nullable FlagType other) {
        return new FlagFilter(other, age, sourceAgency);
    }

    /** Whether a flag raised then, on a contact from that agency, is in this filter at {@code now}. */
    public boolean matches(FlagType flagType, Instant raisedAt, @Nullable AgencyId agency, Instant now) {
        if (type != null && type != flagType) return false;
        if (sourceAgency != null && !sourceAgency.equals(agency)) return false;
        if (age == null) return true;
        Instant from = age.from(now);
        Instant before = age.before(now);
        return (from == null || !raisedAt.isBefore(from)) && (before == null || raisedAt.isBefore(before));
    }
}
