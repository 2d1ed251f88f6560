package org.lscp.workspace.domain.shared.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The audited state of a record: ordered field → value pairs, written as one "field: value" per line.
 * Models build one so before → after can be compared by a reader of the audit trail.
 */
public final class Snapshot {
    private final Map<String, String> fields = new LinkedHashMap<>();

    public static Snapshot of() {
        return new Snapshot();
    }

    public Snapshot with(String field, Object value) {
        fields.put(field, value == null ? "" : String.valueOf(value));
        return this;
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        return text.toString().stripTrailing();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snapshot s && fields.equals(s.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields);
    }
}
