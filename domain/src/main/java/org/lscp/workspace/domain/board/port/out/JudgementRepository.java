package org.lscp.workspace.domain.board.port.out;

import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

public interface JudgementRepository {
    AssuranceJudgement save(AssuranceJudgement judgement);

    /** Newest meeting first. */
    List<AssuranceJudgement> forRecommendation(PartnershipId partnership, RecommendationId recommendation);

    /** The latest judgement of each judged recommendation at a board meeting on or before {@code meeting}. */
    Map<RecommendationId, AssuranceJudgement> latest(PartnershipId partnership, java.time.LocalDate meeting);
}
