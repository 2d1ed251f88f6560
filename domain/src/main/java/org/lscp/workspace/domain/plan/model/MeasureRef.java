package org.lscp.workspace.domain.plan.model;

import java.util.Objects;

/**
 * Which measure of the partnership's catalogue a success measure is: one the workspace computes from its records
 * (its key is the measure's name, e.g. {@code DECISIONS_IN_TIME}), one an agency returns each period (its key is the
 * data-return measure's id), or a case-audit measure. The wording of a success measure never decides its figure.
 */
public record MeasureRef(Source source, String key) {
    public enum Source {
        COMPUTED("computed from records"), RETURNED("returned by an agency"), AUDITED("from case audits");

        private final String label;

        Source(String label) { this.label = label; }

        public String label() { return label; }
    }

    public MeasureRef {
        Objects.requireNonNull(source, "source");
        if (key == null || key.isBlank() || key.length() > 60) throw new IllegalArgumentException("key: " + key);
    }

    public static MeasureRef computed(String kind) {
        return new MeasureRef(Source.COMPUTED, kind);
    }

    public static MeasureRef returned(long measureId) {
        return new MeasureRef(Source.RETURNED, String.valueOf(measureId));
    }

    /** A case-audit measure: a theme's cases good or better overall, or in one domain ("NEGLECT/IMPACT"). */
    public static MeasureRef audited(String theme, @org.jspecify.annotations.Nullable String domain) {
        return new MeasureRef(Source.AUDITED, domain == null ? theme : theme + "/" + domain);
    }

    /** The data-return measure's id; only for a returned measure. */
    public long returnId() {
        if (source != Source.RETURNED) throw new IllegalStateException(this + " is not returned");
        return Long.parseLong(key);
    }

    @Override
    public String toString() {
        return source.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
    }
}
