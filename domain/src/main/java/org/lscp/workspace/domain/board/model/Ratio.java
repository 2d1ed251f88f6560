package org.lscp.workspace.domain.board.model;

/** {@code count} of {@code of}: a percentage only when there is something to count ("no data" otherwise, never 0%). */
public record Ratio(long count, long of) implements Figure {
    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio {
        if (count < 0 || of < 0 || count > of) throw new IllegalArgumentException(count + " of " + of);
    }

    @Override
    public boolean noData() {
        return of == 0;
    }

    /** 0–100; call only when there is data. */
    public double percent() {
        if (noData()) throw new IllegalStateException("no data");
        return 100.0 * count / of;
    }

    @Override
    public double number() {
        return percent();
    }

    public Ratio plus(Ratio other) {
        return new Ratio(count + other.count, of + other.of);
    }

    /** "87% (174 of 200)", or "no data". */
    @Override
    public String display() {
        return noData() ? "no data" : "%d%% (%,d of %,d)".formatted(Math.round(percent()), count, of);
    }
}
