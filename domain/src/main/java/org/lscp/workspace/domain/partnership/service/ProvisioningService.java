package org.lscp.workspace.domain.partnership.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.in.ProvisionPartnershipUseCase;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.shared.EnglandAndWalesBankHolidays;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.ValidationException;

public final class ProvisioningService implements ProvisionPartnershipUseCase {
    private final PartnershipRepository partnerships;
    private final AgencyRepository agencies;
    private final MemberRepository members;
    private final BankHolidayRepository holidays;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Audit auditor;

    public ProvisioningService(PartnershipRepository partnerships, AgencyRepository agencies, MemberRepository members,
                               BankHolidayRepository holidays, PasswordHasher hasher, PasswordPolicy policy,
                               Audit auditor) {
        this.policy = policy;
        this.holidays = holidays;
        this.partnerships = partnerships;
        this.agencies = agencies;
        this.members = members;
        this.hasher = hasher;
        this.auditor = auditor;
    }

    @Override
    public PartnershipId provision(ProvisionPartnershipCommand command) {
        if (partnerships.findByName(command.name()).isPresent()) {
            throw ValidationException.of("name", "A partnership with this name already exists.");
        }
        PartnershipId partnership = partnerships.save(new Partnership(null, command.name(), command.localAuthority()))
                .id();
        EnglandAndWalesBankHolidays.named().forEach((day, name) -> holidays.add(partnership, new BankHoliday(day, name)));
        Map<String, AgencyId> agencyIds = new HashMap<>();
        for (SaveAgencyCommand agency : command.agencies()) {
            Agency saved = agencies.save(Agency.create(partnership, agency));
            agencyIds.put(agency.name(), saved.requireId());
            auditor.record(partnership, null, Audit.SYSTEM, AuditAction.CREATED, saved, null);
        }
        for (ProvisionPartnershipCommand.NewMember m : command.members()) {
            AgencyId agency = agencyIds.get(m.agencyName());
            if (agency == null) {
                throw ValidationException.of("members", "Member " + m.name() + " names an unknown agency.");
            }
            var details = new SaveMemberCommand(m.name(), m.email(), agency, m.roles());
            if (members.emailTaken(details.email(), null)) {
                throw ValidationException.of("members", "Email " + details.email() + " is already in use.");
            }
            policy.problem(m.initialPassword(), details.name(), details.email(), PasswordPolicy.Whose.MEMBERS)
                    .ifPresent(problem -> {
                        throw ValidationException.of("members", "Member " + m.name() + ": " + problem);
                    });
            Member saved = members.save(Member.create(partnership, details, hasher.hash(m.initialPassword()),
                    command.temporaryPasswords()));
            auditor.record(partnership, null, Audit.SYSTEM, AuditAction.CREATED, saved, null);
        }
        return partnership;
    }

    @Override
    public Optional<PartnershipId> findByName(String name) {
        return partnerships.findByName(name).map(Partnership::id);
    }
}
