package org.lscp.workspace.domain.board.model;

import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.AgencyId;

/** Everything the board sees for a filter: the figures, agency names, and a card per open recommendation. */
public record Dashboard(MeasureFilter filter, BoardFigures figures, Map<AgencyId, String> agencyNames,
                        List<RecommendationCard> cards) {
    public Dashboard {
        agencyNames = Map.copyOf(agencyNames);
        cards = List.copyOf(cards);
    }
}
