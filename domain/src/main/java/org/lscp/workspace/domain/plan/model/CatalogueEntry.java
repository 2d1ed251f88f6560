package org.lscp.workspace.domain.plan.model;

/**
 * A measure a success measure can be: its name and definition, whether higher is better, and its unit ("%" for a
 * proportion). {@code ready} is false for a data-return measure the admin has still to define (its agency, officer
 * and period), which has no figure until then.
 */
public record CatalogueEntry(MeasureRef ref, String name, String definition, boolean higherIsBetter, String unit,
                             boolean ready) {
    public boolean percentage() {
        return "%".equals(unit);
    }
}
