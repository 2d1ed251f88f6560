package org.lscp.workspace.domain.board.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * Everything the board sees for a filter: first what needs it (recommendations off track or drifting, with their
 * reasons; escalations waiting at stage 4), then every other recommendation, most urgent first; the figures and
 * the agencies' names.
 */
public record Dashboard(MeasureFilter filter, BoardFigures figures, Map<AgencyId, String> agencyNames,
                        List<RecommendationCard> cards, List<Escalation> atPartnership) {
    public Dashboard {
        agencyNames = Map.copyOf(agencyNames);
        cards = cards.stream().sorted(RecommendationCard.MOST_URGENT_FIRST).toList();
        atPartnership = List.copyOf(atPartnership);
    }

    /** Off track (red) or drifting, most urgent first. */
    public List<RecommendationCard> needingTheBoard() {
        return cards.stream().filter(RecommendationCard::needsTheBoard).toList();
    }

    /** Every other open recommendation, most urgent first. */
    public List<RecommendationCard> others() {
        return cards.stream().filter(c -> !c.needsTheBoard()).toList();
    }

    public List<RecommendationCard> offTrack() {
        return cards.stream().filter(RecommendationCard::offTrack).toList();
    }

    public List<RecommendationCard> improving() {
        return cards.stream().filter(RecommendationCard::improving).toList();
    }

    /** Evidenced by the lead officer and waiting for the board's assurance. */
    public List<RecommendationCard> judgementsDue() {
        return cards.stream().filter(c -> c.recommendation().status() == RecommendationStatus.EVIDENCED).toList();
    }

    /** The plan's success measure for a computed measure, from the first recommendation that has one with a target. */
    public Optional<SuccessMeasure> targetFor(MeasureKind kind) {
        return cards.stream().flatMap(c -> c.measures().stream())
                .filter(m -> m.kind() == kind && m.target().isPresent())
                .map(MeasureResult::measure).findFirst();
    }
}
