package org.lscp.workspace.domain.partnership.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;

/**
 * A person who signs in: belongs to exactly one agency of exactly one partnership and holds one or more roles.
 * The password hash is opaque to the domain (see {@code PasswordHasher}) and never audited.
 * {@code mustChangePassword}: the password is a temporary one an admin chose, to be replaced by the member's own.
 */
public record Member(@Nullable MemberId id, PartnershipId partnershipId, AgencyId agencyId, String name, String email,
                     Set<Role> roles, boolean active, String passwordHash, boolean mustChangePassword, long version)
        implements Audited {

    public Member {
        roles = Set.copyOf(roles);
    }

    /** A new member whose password is their own (provisioning, fixtures): not flagged to change it. */
    public static Member create(PartnershipId partnership, SaveMemberCommand command, String passwordHash) {
        return create(partnership, command, passwordHash, false);
    }

    public static Member create(PartnershipId partnership, SaveMemberCommand command, String passwordHash,
                                boolean mustChangePassword) {
        return new Member(null, partnership, command.agencyId(), command.name(), command.email(), command.roles(),
                true, passwordHash, mustChangePassword, 0);
    }

    public Member with(SaveMemberCommand command) {
        return new Member(id, partnershipId, command.agencyId(), command.name(), command.email(), command.roles(),
                active, passwordHash, mustChangePassword, version);
    }

    public Member withActive(boolean nowActive) {
        return new Member(id, partnershipId, agencyId, name, email, roles, nowActive, passwordHash, mustChangePassword,
                version);
    }

    /** A new password hash: temporary (an admin's) or the member's own. */
    public Member withPassword(String newHash, boolean temporary) {
        return new Member(id, partnershipId, agencyId, name, email, roles, active, newHash, temporary, version);
    }

    public MemberId requireId() {
        if (id == null) throw new IllegalStateException("member not saved yet");
        return id;
    }

    @Override public String auditType() { return "Member"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("name", name).with("email", email).with("agency", agencyId)
                .with("roles", String.join(", ", roles.stream().sorted().map(Role::label).toList()))
                .with("active", active ? "yes" : "no")
                .with("temporary password", mustChangePassword ? "yes" : "no");
    }
}
