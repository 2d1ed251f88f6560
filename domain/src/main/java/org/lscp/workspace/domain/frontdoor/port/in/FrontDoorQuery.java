package org.lscp.workspace.domain.frontdoor.port.in;

import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ChildMatch;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.OversightRow;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;

/** Reading the front door; every opening of a child's record is written to the access log. */
public interface FrontDoorQuery {
    /** Logs the opening (or the refusal, which is reported as not found). */
    ContactView open(Actor actor, ContactId id);

    /**
     * The same content again for a page the member already has open (it changed while they looked): access is
     * checked again, and only a refusal is logged, so a live page does not fill the access log.
     */
    ContactView reread(Actor actor, ContactId id);

    List<QueueRow> queue(Actor actor, ContactFilter filter, PageRequest page);

    long count(Actor actor, ContactFilter filter);

    /** All contacts about the child that the actor may see; logged. */
    List<Contact> childHistory(Actor actor, String caseSystemId);

    /** The partnership's decision timescales, as the record form states them. */
    DecisionTimescales timescales(Actor actor);

    /** Whether the member must give the child's case-system id when recording a contact (their agency keeps them). */
    boolean caseSystemIdRequired(Actor actor);

    /** The flags queue: open flags in the filter, the serious ones first, then the newest. MASH roles only. */
    List<FlagRow> openFlags(Actor actor, FlagFilter filter, PageRequest page);

    /** How many open flags of each type the filter holds (its type aside), for the queue's summary. */
    Map<FlagType, Long> openFlagCounts(Actor actor, FlagFilter filter);

    /** Unanswered checks asked of the actor's agency. */
    List<AgencyCheck> checksForMyAgency(Actor actor);

    /** Open recommendations whose theme matches the concerns, for the user to confirm. */
    List<Recommendation> suggestedRecommendations(Actor actor, java.util.Set<ConcernCategory> concerns);

    /** PARTNERSHIP_ADMIN browses who opened which child's record. */
    List<AccessLogEntry> accessLog(Actor actor, PageRequest page);

    long accessLogCount(Actor actor);

    /**
     * Decisions awaiting a manager's oversight, oldest first, each with when oversight is due (one working day after
     * the decision). MASH managers only.
     */
    List<OversightRow> awaitingOversight(Actor actor, PageRequest page);

    long countAwaitingOversight(Actor actor);

    /**
     * Other contacts that may be about the same child as this one, by name, date of birth and case-system id, within
     * the partnership and never those judged not to be; for MASH members to confirm or reject. At most ten.
     */
    List<ChildMatch> possibleMatches(Actor actor, ContactId contact);
}
