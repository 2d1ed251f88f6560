package org.lscp.workspace.domain.plan.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.plan.model.EvidenceDownload;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.EvidenceId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/** Improvement actions with their progress updates and evidence (files stored in the database). */
public interface ActionRepository {
    /** Inserts or updates; a stale version is a ConcurrentChangeException. */
    ImprovementAction save(ImprovementAction action);

    Optional<ImprovementAction> find(PartnershipId partnership, ActionId id);

    /** By due date. */
    List<ImprovementAction> forRecommendation(RecommendationId recommendation);

    /** Not complete, by due date. */
    List<ImprovementAction> openLedBy(PartnershipId partnership, MemberId lead);

    /** The partnership's open actions due from {@code from} to {@code to}, both included, soonest first. */
    List<ImprovementAction> openDueBetween(PartnershipId partnership, LocalDate from, LocalDate to);

    ProgressUpdate addProgress(ProgressUpdate update);

    /** Newest first, for all the given actions in one query. */
    List<ProgressUpdate> progressFor(Collection<ActionId> actions);

    EvidenceItem addEvidence(EvidenceItem item, byte[] content);

    /** Newest first, for all the given actions in one query (without file contents). */
    List<EvidenceItem> evidenceFor(Collection<ActionId> actions);

    long evidenceCount(ActionId action);

    Optional<EvidenceDownload> evidenceContent(PartnershipId partnership, EvidenceId id);
}
