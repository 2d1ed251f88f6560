package org.lscp.workspace.domain.section11.port.in;

import org.lscp.workspace.domain.section11.model.EvidenceDownload;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.section11.model.Answer;
import org.lscp.workspace.domain.section11.model.AnswerCommand;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.HeatMap;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.StartCycleCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Section 11 self-assessments. The admin starts a cycle (the previous cycle's answers carried forward to edit);
 * each agency's named lead rates each standard with evidence; the challenge panel (the chair or the admin) accepts a
 * rating or challenges it with a reason and the agency responds; agreed actions join the improvement plan. The heat
 * map of agencies by standards is for the chair, managers, lead officers, the admin and the agencies' leads.
 */
public interface Section11UseCase {
    /** Newest first. */
    List<Cycle> cycles(Actor actor);

    Cycle startCycle(Actor actor, StartCycleCommand command);

    HeatMap heatMap(Actor actor, long cycleId);

    /**
     * The caller's agency's rating of a standard, by its named lead, with its evidence: text, a link or a file (a
     * file given replaces the one kept; none given keeps it unless removed). A stale version is refused.
     */
    Answer answer(Actor actor, long cycleId, AnswerCommand command);

    /** An answer's evidence file, for whoever may read the heat map. */
    EvidenceDownload evidenceFile(Actor actor, long cycleId, AgencyId agency, int standard);

    /**
     * The panel accepts a rating, or challenges it with a reason: the rating at the version the panel read (one
     * re-rated since is refused, to be read again).
     */
    Answer review(Actor actor, long cycleId, AgencyId agency, int standard, long expectedVersion, boolean accept,
                  String reason);

    /** The agency's lead answers a challenge. */
    Answer respond(Actor actor, long cycleId, int standard, String response);

    /** An action agreed on a standard joins the improvement plan. */
    ImprovementAction agreeAction(Actor actor, long cycleId, AgencyId agency, int standard,
                                  RecommendationId recommendation, String description, MemberId lead,
                                  @Nullable LocalDate due);
}
