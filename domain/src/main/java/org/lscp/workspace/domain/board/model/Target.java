package org.lscp.workspace.domain.board.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lscp.workspace.domain.plan.model.Rag;

/**
 * A success measure's target as written on the plan — "≥ 95%", "100%", "≤ 5%", ">= 90 %" — read as a percentage
 * and a direction. RAG: green when met, amber within 10 points, red beyond; nothing when there is no data.
 */
public record Target(double percent, boolean atMost) {
    private static final Pattern PERCENT = Pattern.compile("^\\s*(≥|>=|≤|<=|<|>)?\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*$");
    static final double AMBER_BAND = 10.0;

    public static Optional<Target> parse(String written) {
        if (written == null) return Optional.empty();
        Matcher m = PERCENT.matcher(written);
        if (!m.matches()) return Optional.empty();
        String op = m.group(1) == null ? "" : m.group(1);
        return Optional.of(new Target(Double.parseDouble(m.group(2)), op.equals("≤") || op.equals("<=")
                || op.equals("<")));
    }

    public Optional<Rag> rag(Ratio current) {
        if (current.noData()) return Optional.empty();
        double value = current.percent();
        double shortfall = atMost ? value - percent : percent - value;
        if (shortfall <= 0) return Optional.of(Rag.GREEN);
        return Optional.of(shortfall <= AMBER_BAND ? Rag.AMBER : Rag.RED);
    }
}
