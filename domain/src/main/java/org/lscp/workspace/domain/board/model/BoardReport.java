package org.lscp.workspace.domain.board.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * The board report for a meeting: the dashboard for the twelve months to the meeting date, and the judgement each
 * recommendation had at that meeting (the latest on or before it).
 */
public record BoardReport(String partnershipName, LocalDate meetingDate, Dashboard dashboard,
                          Map<RecommendationId, AssuranceJudgement> judgements, Instant generatedAt) {
    public BoardReport {
        judgements = Map.copyOf(judgements);
    }
}
