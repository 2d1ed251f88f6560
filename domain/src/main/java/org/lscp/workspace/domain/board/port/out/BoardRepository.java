package org.lscp.workspace.domain.board.port.out;

import java.time.Instant;
import java.util.List;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The board's aggregates, counted by the database. */
public interface BoardRepository {
    /** Every figure for the filter, as of {@code now} (for overdue). */
    BoardFigures figures(PartnershipId partnership, MeasureFilter filter, Instant now);

    /**
     * The figures month by month over the filter's period (whole months), for trends: flags are not counted, the
     * plan's actions are the same every month.
     */
    java.util.Map<java.time.YearMonth, BoardFigures> monthly(PartnershipId partnership, MeasureFilter filter,
                                                             Instant now);

    /** The contacts behind "decisions within the RAG deadline", late ones first when {@code lateOnly}. */
    List<DecisionRecord> decisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly, Instant now,
                                   PageRequest page);

    long countDecisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly, Instant now);

    /** The contacts behind the measures after the front door (decisions calling for a discussion), newest first. */
    List<org.lscp.workspace.domain.board.model.DiscussionRecord> discussions(PartnershipId partnership,
                                                                            MeasureFilter filter, Instant now,
                                                                            org.lscp.workspace.domain.shared.PageRequest page);

    long countDiscussions(PartnershipId partnership, MeasureFilter filter, Instant now);

    /** The contacts received in the period, oldest first, as Annex A needs them. */
    List<org.lscp.workspace.domain.board.model.AnnexARow> annexA(PartnershipId partnership,
                                                                   org.lscp.workspace.domain.board.model.Period period);
}
