package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.change.Change;

/** A MASH member's judgement that two contacts are not about the same child: the match is not suggested again. */
public record NotSameChild(Contact contact, Contact other, String byName, Instant at) implements Audited {
    @Override public String auditType() { return "Child match"; }

    @Override public String auditId() { return contact.reference() + " / " + other.reference(); }

    @Override public String subject() { return Change.contact(contact.requireId().value()); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("contact", contact.reference()).with("other contact", other.reference())
                .with("judged", "not the same child").with("by", byName);
    }
}
