package org.lscp.workspace.domain.offender.service;

import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;

/** A deliberate offender for ArchitectureTest: a service of one feature using another feature's outgoing port. */
public final class ReachesIntoTheFrontDoor {
    private final ContactRepository contacts;

    public ReachesIntoTheFrontDoor(ContactRepository contacts) {
        this.contacts = contacts;
    }

    public ContactRepository contacts() {
        return contacts;
    }
}
