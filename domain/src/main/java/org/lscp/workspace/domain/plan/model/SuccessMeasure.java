package org.lscp.workspace.domain.plan.model;

import org.jspecify.annotations.Nullable;

/**
 * How the board will know the recommendation worked: a measure chosen from the partnership's catalogue
 * ({@code ref}), the plan's wording for it (e.g. "Strategy discussions with a health contribution"), its target as
 * written ("≥ 95%", "≤ 18") and its RAG rule: amber when short of the target by no more than {@code amberWithin}
 * (points for a percentage, units otherwise); red beyond. Without a rule, {@link Target#DEFAULT_AMBER} points, or a
 * tenth of a non-percentage target.
 */
public record SuccessMeasure(MeasureRef ref, String measure, String target, @Nullable Double amberWithin) {
    public SuccessMeasure(MeasureRef ref, String measure, String target) {
        this(ref, measure, target, null);
    }

    /** The target read with its RAG rule, if it is written as a number. */
    public java.util.Optional<Target> goal() {
        return Target.parse(target).map(t -> amberWithin == null ? t : t.amberWithin(amberWithin));
    }
}
