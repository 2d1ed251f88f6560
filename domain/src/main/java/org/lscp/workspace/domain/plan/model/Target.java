package org.lscp.workspace.domain.plan.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A success measure's target as written on the plan — "≥ 95%", "100%", "≤ 5%", "≤ 18 children" — read as a number,
 * whether it is a percentage, and the direction its sign gives (none: the measure's own direction decides). Its RAG
 * rule: green when met, amber when short by no more than {@code amber} (points, or units), red beyond; nothing
 * without data.
 */
public record Target(double value, @Nullable Boolean atMost, boolean percent, double amber) {
    private static final Pattern WRITTEN = Pattern.compile(
            "^\\s*(≥|>=|≤|<=|<|>)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|[\\p{L} ]{1,40})?\\s*$");
    /** Amber within 10 points of a percentage target unless the plan says otherwise. */
    public static final double DEFAULT_AMBER = 10.0;

    public static Optional<Target> parse(@Nullable String written) {
        if (written == null) return Optional.empty();
        Matcher m = WRITTEN.matcher(written);
        if (!m.matches()) return Optional.empty();
        String op = m.group(1) == null ? "" : m.group(1);
        double value = Double.parseDouble(m.group(2));
        boolean percent = "%".equals(m.group(3));
        Boolean atMost = op.isEmpty() ? null : op.equals("≤") || op.equals("<=") || op.equals("<");
        return Optional.of(new Target(value, atMost, percent, percent ? DEFAULT_AMBER : value / 10));
    }

    public Target amberWithin(double band) {
        return new Target(value, atMost, percent, band);
    }

    /** An upper bound ("≤ 18") — by its sign, or else when less of the measure is better. */
    public boolean upperBound(boolean higherIsBetter) {
        return atMost != null ? atMost : !higherIsBetter;
    }

    /** The RAG of a current value (a percentage for a percentage target), none when there is no value. */
    public Optional<Rag> rag(@Nullable Double current, boolean higherIsBetter) {
        if (current == null) return Optional.empty();
        double shortfall = upperBound(higherIsBetter) ? current - value : value - current;
        if (shortfall <= 0) return Optional.of(Rag.GREEN);
        return Optional.of(shortfall <= amber + 1e-9 ? Rag.AMBER : Rag.RED);
    }

    /** 95, 17.5: a number as the plan writes it. */
    public static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 10) / 10.0);
    }
}
