package org.lscp.workspace.domain.partnership.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.audit.model.Audited;
import org.lscp.workspace.domain.audit.model.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** A partner agency of a partnership. {@code id} is null until first saved. */
public record Agency(@Nullable AgencyId id, PartnershipId partnershipId, String name, AgencyKind kind,
                     boolean statutoryPartner, long version) implements Audited {

    public static Agency create(PartnershipId partnership, SaveAgencyCommand command) {
        return new Agency(null, partnership, command.name(), command.kind(), command.statutoryPartner(), 0);
    }

    public Agency with(SaveAgencyCommand command) {
        return new Agency(id, partnershipId, command.name(), command.kind(), command.statutoryPartner(), version);
    }

    public AgencyId requireId() {
        if (id == null) throw new IllegalStateException("agency not saved yet");
        return id;
    }

    @Override public String auditType() { return "Agency"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("name", name).with("kind", kind.label())
                .with("statutory partner", statutoryPartner ? "yes" : "no");
    }
}
