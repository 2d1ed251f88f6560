package org.lscp.workspace.persistence.partnership;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.LoginThrottle;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;

/** Maps the partnership feature's JPA entities to domain records and back; entities never leave this package. */
final class PartnershipMapper {
    private PartnershipMapper() {
    }

    static Partnership toDomain(PartnershipJpaEntity e) {
        return new Partnership(new PartnershipId(e.id), e.name, e.localAuthority);
    }

    static Agency toDomain(AgencyJpaEntity e) {
        return new Agency(new AgencyId(e.id), new PartnershipId(e.partnershipId), e.name, e.shortName, AgencyKind.valueOf(e.kind),
                e.statutoryPartner, e.version);
    }

    static void copy(Agency from, AgencyJpaEntity to) {
        to.partnershipId = from.partnershipId().value();
        to.name = from.name();
        to.shortName = from.shortName();
        to.kind = from.kind().name();
        to.statutoryPartner = from.statutoryPartner();
    }

    static Member toDomain(MemberJpaEntity e) {
        Set<Role> roles = e.roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Member(new MemberId(e.id), new PartnershipId(e.partnershipId), new AgencyId(e.agencyId), e.name,
                e.email, roles, e.active, e.passwordHash, e.mustChangePassword, e.version);
    }

    static void copy(Member from, MemberJpaEntity to) {
        to.partnershipId = from.partnershipId().value();
        to.agencyId = from.agencyId().value();
        to.name = from.name();
        to.email = from.email();
        to.active = from.active();
        to.passwordHash = from.passwordHash();
        to.mustChangePassword = from.mustChangePassword();
        Set<String> roles = from.roles().stream().map(Role::name).collect(Collectors.toSet());
        to.roles.retainAll(roles);
        to.roles.addAll(roles);
    }

    static LoginThrottle toDomain(LoginThrottleJpaEntity e) {
        return new LoginThrottle(e.email, e.failures, e.lockedUntil);
    }
}
