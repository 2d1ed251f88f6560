package org.lscp.workspace.domain.section11.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;

/** Agencies by standards: each cell the agency's rating and where the panel stands (empty: not yet answered). */
public record HeatMap(Cycle cycle, List<Row> rows) {
    public record Row(AgencyId agency, String agencyName, List<@Nullable Answer> cells) {
    }

    public HeatMap {
        rows = List.copyOf(rows);
    }

    /** How many answers are in, of all asked. */
    public long answered() {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(a -> a != null && !a.carried()).count();
    }

    public long asked() {
        return (long) rows.size() * cycle.standards().size();
    }
}
