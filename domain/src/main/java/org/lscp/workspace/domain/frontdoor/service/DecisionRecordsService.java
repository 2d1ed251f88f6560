package org.lscp.workspace.domain.frontdoor.service;

import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.DecidedContact;
import org.lscp.workspace.domain.frontdoor.port.in.DecisionRecords;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.shared.PartnershipId;

/** How other features read a decision and its contact, without knowing how the front door keeps them. */
public final class DecisionRecordsService implements DecisionRecords {
    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final CheckRepository checks;
    private final StrategyDiscussionRepository discussions;

    public DecisionRecordsService(ContactRepository contacts, DecisionRepository decisions, CheckRepository checks,
                                  StrategyDiscussionRepository discussions) {
        this.discussions = discussions;
        this.contacts = contacts;
        this.decisions = decisions;
        this.checks = checks;
    }

    @Override
    public Optional<DecidedContact> find(PartnershipId partnership, long decisionId) {
        return decisions.find(decisionId).flatMap(d -> contacts.find(partnership, d.contactId())
                .map(c -> new DecidedContact(d, c, Contacts.involved(checks.forContact(c.requireId()),
                        discussions.latestFor(partnership, c.requireId()).orElse(null)))));
    }
}
