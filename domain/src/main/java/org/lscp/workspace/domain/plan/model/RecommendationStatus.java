package org.lscp.workspace.domain.plan.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * OPEN → IN_PROGRESS → EVIDENCED → ASSURED → CLOSED, one step at a time. Evidence that does not convince
 * may send a recommendation back from EVIDENCED or ASSURED to IN_PROGRESS. Nothing leaves CLOSED.
 */
public enum RecommendationStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), EVIDENCED("Evidenced"), ASSURED("Assured"), CLOSED("Closed");

    private final String label;

    RecommendationStatus(String label) { this.label = label; }

    public String label() { return label; }

    public Set<RecommendationStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(EVIDENCED);
            case EVIDENCED -> EnumSet.of(ASSURED, IN_PROGRESS);
            case ASSURED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean canMoveTo(RecommendationStatus target) {
        return next().contains(target);
    }
}
