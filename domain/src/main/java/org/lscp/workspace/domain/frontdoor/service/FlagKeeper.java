package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagRules;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * Keeps a contact's flags in line with {@link org.lscp.workspace.domain.frontdoor.model.FlagRules} after every change to
 * its records, as the system (audited as such), and tells the board's measures of the flags they count. Every front-door
 * use case that changes a contact ends here.
 */
public final class FlagKeeper {
    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final FlagRepository flags;
    private final Audit auditor;
    private final ContactMeasures measures;
    private final StrategyDiscussionRepository discussions;
    private final FrontDoorSettings settings;

    public FlagKeeper(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags, Audit auditor,
                      ContactMeasures measures, StrategyDiscussionRepository discussions, FrontDoorSettings settings) {
        this.contacts = contacts;
        this.decisions = decisions;
        this.flags = flags;
        this.auditor = auditor;
        this.measures = measures;
        this.discussions = discussions;
        this.settings = settings;
    }

    /** Brings the contact's flags in line with the rules (telling the board of those it counts); true when changed. */
    public boolean reconcile(PartnershipId partnership, Contact contact, Instant now, WorkingCalendar calendar) {
        List<ThresholdDecision> history = decisions.forContact(contact.requireId());
        ThresholdDecision current = history.stream().filter(ThresholdDecision::current).findFirst().orElse(null);
        Instant firstDecision = history.stream().map(ThresholdDecision::decidedAt).min(Comparator.naturalOrder())
                .orElse(null);
        long recent = RepeatContacts.inTwelveMonths(contacts, partnership, contact);
        var applicable = FlagRules.applicable(contact, current, firstDecision, recent, now, calendar,
                discussions.latestFor(partnership, contact.requireId()).orElse(null),
                settings.protectionTimescales(partnership));
        var changes = FlagRules.reconcile(flags.forContact(contact.requireId()), applicable);
        for (var type : changes.raise()) {
            Flag raised = flags.save(Flag.raised(contact.requireId(), type, now));
            auditor.record(partnership, null, Audit.SYSTEM, AuditAction.CREATED, raised, null);
        }
        for (Flag open : changes.clear()) {
            Flag cleared = flags.save(open.resolved(now, Audit.SYSTEM, Flag.CLEARED));
            auditor.record(partnership, null, Audit.SYSTEM, AuditAction.UPDATED, cleared, open.snapshot().toString());
        }
        if (changes.raise().stream().anyMatch(FlagType::countedByTheBoard)
                || changes.clear().stream().anyMatch(f -> f.type().countedByTheBoard())) {
            measures.changed(contact.requireId());
        }
        return !changes.none();
    }
}
