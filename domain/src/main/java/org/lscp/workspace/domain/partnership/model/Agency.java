package org.lscp.workspace.domain.partnership.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * A partner agency of a partnership. {@code id} is null until first saved. {@code shortName} may be empty: see
 * {@link #label()}.
 */
public record Agency(@Nullable AgencyId id, PartnershipId partnershipId, String name, String shortName,
                     AgencyKind kind, boolean statutoryPartner, long version) implements Audited {

    public Agency {
        shortName = shortName == null ? "" : shortName;
    }

    /** An agency with no short name. */
    public Agency(@Nullable AgencyId id, PartnershipId partnershipId, String name, AgencyKind kind,
                  boolean statutoryPartner, long version) {
        this(id, partnershipId, name, "", kind, statutoryPartner, version);
    }

    public static Agency create(PartnershipId partnership, SaveAgencyCommand command) {
        return new Agency(null, partnership, command.name(), command.shortName(), command.kind(),
                command.statutoryPartner(), 0);
    }

    public Agency with(SaveAgencyCommand command) {
        return new Agency(id, partnershipId, command.name(), command.shortName(), command.kind(),
                command.statutoryPartner(), version);
    }

    /** What a busy list shows: the short name where the partnership gave one, else the full name. */
    public String label() {
        return label(name, shortName);
    }

    /** The same rule for a list read straight from storage. */
    public static String label(String name, @Nullable String shortName) {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public AgencyId requireId() {
        if (id == null) throw new IllegalStateException("agency not saved yet");
        return id;
    }

    @Override public String auditType() { return "Agency"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        Snapshot snapshot = Snapshot.of().with("name", name);
        if (!shortName.isBlank()) snapshot.with("short name", shortName);
        return snapshot.with("kind", kind.label()).with("statutory partner", statutoryPartner ? "yes" : "no");
    }
}
