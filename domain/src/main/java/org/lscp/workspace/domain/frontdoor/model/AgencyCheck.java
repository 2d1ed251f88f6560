package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.shared.change.Change;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;

/** A MASH request for what an agency knows about the child, and that agency's answer; timeliness is kept. */
public record AgencyCheck(@Nullable Long id, ContactId contactId, AgencyId agency, Instant requestedAt,
                          String requestedByName, Instant dueBy, @Nullable Instant respondedAt,
                          @Nullable String respondedByName, @Nullable String findings) implements Audited {

    /** A check just asked of the agency: unanswered, not yet saved. */
    public static AgencyCheck asked(ContactId contact, AgencyId agency, Instant at, String byName, Instant dueBy) {
        return new AgencyCheck(null, contact, agency, at, byName, dueBy, null, null, null);
    }

    public boolean answered() {
        return respondedAt != null;
    }

    /** Null while unanswered. */
    public @Nullable Boolean timely() {
        return respondedAt == null ? null : !respondedAt.isAfter(dueBy);
    }

    public AgencyCheck answered(Instant at, String byName, String text) {
        return new AgencyCheck(id, contactId, agency, requestedAt, requestedByName, dueBy, at, byName, text);
    }

    @Override public String auditType() { return "Agency check"; }

    @Override public String subject() { return Change.contact(contactId.value()); }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("contact", contactId).with("agency", agency).with("requested", requestedAt)
                .with("due", dueBy).with("answered", respondedAt).with("findings", findings);
    }
}
