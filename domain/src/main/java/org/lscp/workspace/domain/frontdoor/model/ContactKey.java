package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.lscp.workspace.domain.shared.London;

/**
 * What identifies a contact in Annex A List 1, which has no reference of its own: the child, the day it was
 * received (London) and its source. An import skips a row whose key the partnership already has.
 */
public record ContactKey(String childId, LocalDate day, ContactSource source) {

    public static ContactKey of(Contact contact) {
        return new ContactKey(contact.child().caseSystemId(), LocalDate.ofInstant(contact.receivedAt(), London.ZONE),
                contact.source());
    }

    /** A contact already recorded under a key: its reference, and whether it was itself imported. */
    public record Recorded(String reference, boolean imported) {
    }
}
