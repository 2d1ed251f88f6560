package org.lscp.workspace.domain.caseaudit.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.CaseCommands;
import org.lscp.workspace.domain.caseaudit.model.CaseView;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.model.ProgrammeView;
import org.lscp.workspace.domain.caseaudit.model.SaveProgrammeCommand;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Multi-agency case audits. The admin sets one up and draws its sample; each agency that knew the child completes
 * its section; the group grades; the moderator confirms or changes the grade; findings become improvement actions.
 * Auditors, the moderator and the admin see the child; the board chair and managers see grades, themes and findings.
 */
public interface CaseAuditUseCase {
    /** Newest meeting first: every audit for the admin, the chair, lead officers and managers; auditors theirs. */
    List<AuditProgramme> programmes(Actor actor);

    AuditProgramme saveProgramme(Actor actor, @Nullable Long id, SaveProgrammeCommand command, long expectedVersion);

    ProgrammeView programme(Actor actor, long id);

    /** Draws {@code size} decided contacts of the sample period at random, with the seed given (or a new one). */
    List<AuditCase> drawSample(Actor actor, long programmeId, int size, @Nullable Long seed);

    /** Adds the child's latest contact by the child's case-system id. */
    AuditCase addByChild(Actor actor, long programmeId, String childCaseId);

    /** For its auditors, moderator and the admin; each opening is written to the access log (a refusal too). */
    CaseView openCase(Actor actor, long caseId);

    /** The caller's agency's section, by an auditor of that agency. */
    CaseView writeSection(Actor actor, long caseId, CaseCommands.Section section);

    /** By an auditor, once every agency's section is in. */
    AuditCase grade(Actor actor, long caseId, long expectedVersion, CaseCommands.Grades grades);

    /** By the moderator: the overall grade confirmed, or changed with a reason. */
    AuditCase moderate(Actor actor, long caseId, long expectedVersion, @Nullable Grade overall, String reason);

    /** An inadequate case added again to an audit, naming the case it re-audits. */
    AuditCase reaudit(Actor actor, long caseId, long programmeId);

    /** A finding made an action on one of the audit's recommendations, in one step. */
    ImprovementAction raiseAction(Actor actor, long caseId, RecommendationId recommendation, String description,
                                  MemberId lead, @Nullable LocalDate due);
}
