package org.lscp.workspace.domain.frontdoor.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ChildMatch;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagRules;
import org.lscp.workspace.domain.frontdoor.model.OversightRow;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.model.ProtectionRules;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.shared.WorkingCalendar;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

public final class FrontDoorQueryService implements FrontDoorQuery {
    private static final String NO_CHILD_DATA = "Your roles do not include children's records.";
    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final FlagRepository flags;
    private final CheckRepository checks;
    private final AccessLog accessLog;
    private final AgencyDirectory agencies;
    private final PlanRecords plan;
    private final Audit auditor;
    private final FrontDoorSettings settings;
    private final WorkingCalendars holidays;
    private final StrategyDiscussionRepository discussions;

    public FrontDoorQueryService(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags,
                                 CheckRepository checks, AccessLog accessLog, AgencyDirectory agencies,
                                 PlanRecords plan, Audit auditor, FrontDoorSettings settings,
                                 WorkingCalendars holidays, StrategyDiscussionRepository discussions) {
        this.discussions = discussions;
        this.settings = settings;
        this.holidays = holidays;
        this.contacts = contacts;
        this.decisions = decisions;
        this.flags = flags;
        this.checks = checks;
        this.accessLog = accessLog;
        this.agencies = agencies;
        this.plan = plan;
        this.auditor = auditor;
    }

    @Override
    public ContactView open(Actor actor, ContactId id) {
        return view(actor, id, true);
    }

    @Override
    public ContactView reread(Actor actor, ContactId id) {
        return view(actor, id, false);
    }

    /** The contact page's content; the opening is logged (a re-read of an open page only when it is refused). */
    private ContactView view(Actor actor, ContactId id, boolean opening) {
        Contact contact = contacts.find(actor.partnershipId(), id).orElse(null);
        List<AgencyCheck> asked = contact == null ? List.of() : checks.forContact(id);
        StrategyDiscussion discussion = contact == null ? null
                : discussions.latestFor(actor.partnershipId(), id).orElse(null);
        boolean allowed = contact != null && ContactAccess.maySee(actor, contact,
                Contacts.involved(asked, discussion));
        if (opening || !allowed) log(actor, "Contact " + (contact == null ? "#" + id : contact.reference()), allowed);
        if (!allowed) throw new NotFoundException("Contact not found, or not one you may see.");
        String agency = contact.sourceAgency() == null ? ""
                : agencies.find(actor.partnershipId(), contact.sourceAgency()).map(a -> a.name()).orElse("");
        long recent = RepeatContacts.inTwelveMonths(contacts, actor.partnershipId(), contact);
        List<ThresholdDecision> history = decisions.forContact(id);
        WorkingCalendar calendar = holidays.calendar(actor.partnershipId());
        ProtectionTimescales protection = settings.protectionTimescales(actor.partnershipId());
        ThresholdDecision current = history.stream().filter(ThresholdDecision::current).findFirst()
                .filter(ProtectionRules::callsForADiscussion).orElse(null);
        return new ContactView(contact, agency, history, flags.forContact(id), asked, recent,
                !contact.decided() && settings.timescales(actor.partnershipId()).emergencyDuty(contact.rag(),
                        contact.receivedAt(), calendar), discussion,
                current == null ? null : protection.discussionDue(current.decidedAt(), calendar),
                current == null || discussion == null || !discussion.enquiryStarted() ? null
                        : protection.conferenceDue(discussion.heldAt(), calendar));
    }

    @Override
    public List<QueueRow> queue(Actor actor, ContactFilter filter, PageRequest page) {
        requireChildData(actor);
        List<QueueRow> rows = contacts.queue(actor.partnershipId(), filter, scope(actor), auditor.now(), page);
        if (rows.stream().noneMatch(r -> r.rag() == Rag.RED && !r.decided())) return rows;
        DecisionTimescales timescales = settings.timescales(actor.partnershipId());
        WorkingCalendar calendar = holidays.calendar(actor.partnershipId());
        return rows.stream().map(r -> r.decided() ? r
                : r.withEmergencyDuty(timescales.emergencyDuty(r.rag(), r.receivedAt(), calendar))).toList();
    }

    @Override
    public long count(Actor actor, ContactFilter filter) {
        requireChildData(actor);
        return contacts.count(actor.partnershipId(), filter, scope(actor));
    }

    @Override
    public boolean caseSystemIdRequired(Actor actor) {
        return agencies.find(actor.partnershipId(), actor.agencyId()).map(a -> a.kind().holdsCaseSystemIds())
                .orElse(false);
    }

    @Override
    public List<Contact> childHistory(Actor actor, String caseSystemId) {
        boolean allowed = ContactAccess.seesChildData(actor);
        log(actor, "Child history " + caseSystemId, allowed);
        if (!allowed) throw new NotAuthorisedException(NO_CHILD_DATA);
        return contacts.forChild(actor.partnershipId(), caseSystemId).stream()
                .filter(c -> ContactAccess.maySee(actor, c, Contacts.involved(checks.forContact(c.requireId()),
                        discussions.latestFor(actor.partnershipId(), c.requireId()).orElse(null))))
                .toList();
    }

    @Override
    public List<FlagRow> openFlags(Actor actor, FlagFilter filter, PageRequest page) {
        requireFlags(actor);
        return flags.open(actor.partnershipId(), filter, auditor.now(), page);
    }

    @Override
    public Map<FlagType, Long> openFlagCounts(Actor actor, FlagFilter filter) {
        requireFlags(actor);
        return flags.openCounts(actor.partnershipId(), filter, auditor.now());
    }

    @Override
    public List<ChildMatch> possibleMatches(Actor actor, ContactId id) {
        requireFlags(actor);
        Contact contact = contacts.find(actor.partnershipId(), id)
                .orElseThrow(() -> new NotFoundException("Contact not found."));
        var judgedOtherwise = contacts.notSameChildAs(id);
        return contacts.possiblySameChild(actor.partnershipId(), contact.child().dateOfBirth(), contact.child().name(),
                        id, 200).stream()
                .filter(other -> !judgedOtherwise.contains(other.requireId()))
                .flatMap(other -> ChildMatch.reason(contact.child(), other.child()).stream()
                        .map(reason -> new ChildMatch(other.requireId(), other.reference(), other.receivedAt(),
                                other.child().name(), other.child().dateOfBirth(), other.child().caseSystemId(),
                                reason)))
                .limit(10).toList();
    }

    @Override
    public DecisionTimescales timescales(Actor actor) {
        return settings.timescales(actor.partnershipId());
    }

    @Override
    public List<OversightRow> awaitingOversight(Actor actor, PageRequest page) {
        ContactAccess.requireDecides(actor);
        WorkingCalendar calendar = holidays.calendar(actor.partnershipId());
        return contacts.awaitingOversight(actor.partnershipId(), page).stream()
                .map(r -> r.withDue(FlagRules.oversightDue(r.decidedAt(), calendar))).toList();
    }

    @Override
    public long countAwaitingOversight(Actor actor) {
        ContactAccess.requireDecides(actor);
        return contacts.countAwaitingOversight(actor.partnershipId());
    }

    private static void requireFlags(Actor actor) {
        actor.require(Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
        requireChildData(actor);
    }

    @Override
    public List<AgencyCheck> checksForMyAgency(Actor actor) {
        requireChildData(actor);
        return checks.openFor(actor.partnershipId(), actor.agencyId());
    }

    @Override
    public List<Recommendation> suggestedRecommendations(Actor actor, Set<ConcernCategory> concerns) {
        Set<Theme> themes = concerns.stream().map(ConcernCategory::theme)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
        return themes.stream().flatMap(t -> plan.recommendations(actor.partnershipId(),
                        new PlanFilter(t, null, null, null)).stream())
                .filter(r -> r.status() != RecommendationStatus.CLOSED)
                .toList();
    }

    @Override
    public List<AccessLogEntry> accessLog(Actor actor, PageRequest page) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return accessLog.find(actor.partnershipId(), page);
    }

    @Override
    public long accessLogCount(Actor actor) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return accessLog.count(actor.partnershipId());
    }

    private static AgencyId scope(Actor actor) {
        return ContactAccess.seesAll(actor) ? null : actor.agencyId();
    }

    private static void requireChildData(Actor actor) {
        if (!ContactAccess.seesChildData(actor)) throw new NotAuthorisedException(NO_CHILD_DATA);
    }

    private void log(Actor actor, String record, boolean allowed) {
        accessLog.record(AccessLogEntry.of(actor, auditor.now(), record, allowed));
    }
}
