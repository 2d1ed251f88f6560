package org.lscp.workspace.domain.plan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A recommendation's one RAG and the reasons for it: the rule the plan, the board's dashboard and the board report all
 * use. In order:
 * <ol>
 * <li><b>Red</b> when a success measure is red against its target (more than 10 points short) or an action is
 * overdue or off track.</li>
 * <li><b>Amber</b> when a measure is amber (short by 10 points or less) or an action is at risk or due within five
 * working days.</li>
 * <li><b>Not yet evidenced</b> when no measure has data against a target and no action is planned.</li>
 * <li><b>Green</b> otherwise: every measure with data meets its target and every action is on track or complete.</li>
 * </ol>
 * The recommendation's status and the board's assurance judgement stand beside the RAG and never change it.
 */
public record RagVerdict(Rag rag, List<String> reasons) {
    public RagVerdict {
        reasons = List.copyOf(reasons);
    }

    public static RagVerdict of(ActionTally actions, List<MeasureStanding> measures) {
        List<String> red = new ArrayList<>();
        List<String> amber = new ArrayList<>();
        for (MeasureStanding m : measures) {
            if (m.rag() == Rag.RED) red.add(m.reason());
            if (m.rag() == Rag.AMBER) amber.add(m.reason());
        }
        if (actions.overdue() > 0) red.add(count(actions.overdue(), "action") + " overdue");
        if (actions.offTrack() > 0) red.add(count(actions.offTrack(), "action") + " off track");
        if (actions.atRisk() > 0) amber.add(count(actions.atRisk(), "action") + " at risk");
        if (actions.dueSoon() > 0) amber.add(count(actions.dueSoon(), "action") + " due within five working days");
        List<String> reasons = new ArrayList<>(red);
        reasons.addAll(amber);
        if (!red.isEmpty()) return new RagVerdict(Rag.RED, reasons);
        if (!amber.isEmpty()) return new RagVerdict(Rag.AMBER, reasons);
        boolean measured = measures.stream().anyMatch(m -> m.rag() != null);
        if (!measured && actions.total() == 0) {
            return new RagVerdict(Rag.NOT_EVIDENCED, List.of(measures.isEmpty()
                    ? "No success measure and no action yet."
                    : "No success measure has data against its target yet, and no action is planned."));
        }
        return new RagVerdict(Rag.GREEN, List.of());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
