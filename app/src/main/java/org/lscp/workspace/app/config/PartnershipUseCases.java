package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.partnership.service.PartnershipDirectory;
import java.time.Clock;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.model.AddressThrottle;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.port.in.ChangePasswordUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageBankHolidaysUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.ProvisionPartnershipUseCase;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.out.CommonPasswords;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.lscp.workspace.domain.partnership.service.AgencyService;
import org.lscp.workspace.domain.partnership.service.BankHolidayService;
import org.lscp.workspace.domain.partnership.service.ChangePasswordService;
import org.lscp.workspace.domain.partnership.service.MemberService;
import org.lscp.workspace.domain.partnership.service.ProvisioningService;
import org.lscp.workspace.domain.partnership.service.SecondFactorService;
import org.lscp.workspace.domain.partnership.service.SessionService;
import org.lscp.workspace.domain.partnership.service.SignInService;
import org.lscp.workspace.domain.settings.port.in.ManageSettingsUseCase;
import org.lscp.workspace.domain.settings.port.out.SettingsRepository;
import org.lscp.workspace.domain.settings.service.SettingsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partnership: agencies, members, sign-in and sessions, the second factor, single sign-on, bank holidays and
 * settings. Each service is a bean behind its use-case interface, in one transaction per use case
 * (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class PartnershipUseCases {

    /** How the other features read the partnership's agencies and members (read-only, in their transactions). */
    @Bean
    PartnershipDirectory partnershipDirectory(AgencyRepository agencies, MemberRepository members) {
        return new PartnershipDirectory(agencies, members);
    }

    @Bean
    ManageAgenciesUseCase manageAgencies(AgencyRepository agencies, Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(ManageAgenciesUseCase.class, new AgencyService(agencies, auditor));
    }

    /** The one password policy: wherever a password is set (a temporary one, or the member's own). */
    @Bean
    PasswordPolicy passwordPolicy(CommonPasswords commonPasswords) {
        return new PasswordPolicy(commonPasswords);
    }

    @Bean
    ManageMembersUseCase manageMembers(MemberRepository members, AgencyRepository agencies, PasswordHasher hasher,
                                       PasswordPolicy policy, MemberSessions sessions, Auditor auditor,
                                       UseCaseTransactions tx) {
        return tx.wrap(ManageMembersUseCase.class,
                new MemberService(members, agencies, hasher, policy, sessions, auditor));
    }

    @Bean
    ChangePasswordUseCase changePassword(MemberRepository members, PasswordHasher hasher, PasswordPolicy policy,
                                         MemberSessions sessions, Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(ChangePasswordUseCase.class,
                new ChangePasswordService(members, hasher, policy, sessions, auditor));
    }

    @Bean
    SessionsUseCase sessions(MemberRepository members, MemberSessions sessions, Auditor auditor,
                             UseCaseTransactions tx) {
        return tx.wrap(SessionsUseCase.class, new SessionService(members, sessions, auditor));
    }

    @Bean
    SignInUseCase signIn(MemberRepository members, LoginThrottleRepository throttles, PasswordHasher hasher,
                         Auditor auditor, UseCaseTransactions tx,
                         @org.springframework.beans.factory.annotation.Value(
                                 "${workspace.sign-in.free-failures-per-address:20}") int freeFailuresPerAddress,
                         @org.springframework.beans.factory.annotation.Value(
                                 "${workspace.sign-in.first-wait-per-address:1s}") java.time.Duration firstWait) {
        AddressThrottle perAddress = new AddressThrottle(freeFailuresPerAddress, firstWait,
                AddressThrottle.DEFAULT.maxWait().compareTo(firstWait) < 0 ? firstWait : AddressThrottle.DEFAULT.maxWait(),
                AddressThrottle.DEFAULT.forgetAfter());
        return tx.wrap(SignInUseCase.class,
                new SignInService(members, throttles, hasher, auditor, perAddress));
    }

    /** Single sign-on: the admin's settings and the sign-in through the partnership's provider (one service). */
    @Bean
    org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase manageSingleSignOn(
            org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository settings, MemberRepository members,
            Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase.class,
                new org.lscp.workspace.domain.partnership.service.SingleSignOnService(settings, members, auditor));
    }

    @Bean
    org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase singleSignOn(
            org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository settings, MemberRepository members,
            Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase.class,
                new org.lscp.workspace.domain.partnership.service.SingleSignOnService(settings, members, auditor));
    }

    /**
     * Codes from an authenticator app follow real time (the member's phone does), so the second factor reads the
     * system clock, not the workspace's clock that may run as if at another moment.
     */
    @Bean
    SecondFactorUseCase secondFactor(SecondFactorRepository factors, MemberRepository members,
                                     LoginThrottleRepository throttles, Auditor auditor,
                                     UseCaseTransactions tx) {
        return tx.wrap(SecondFactorUseCase.class, new SecondFactorService(factors, members,
                throttles, auditor, java.time.Clock.systemUTC(), "Safeguarding Partnership Workspace"));
    }

    @Bean
    ProvisionPartnershipUseCase provisionPartnership(PartnershipRepository partnerships, AgencyRepository agencies,
                                                     MemberRepository members, BankHolidayRepository holidays,
                                                     PasswordHasher hasher, PasswordPolicy policy,
                                                     Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(ProvisionPartnershipUseCase.class,
                new ProvisioningService(partnerships, agencies, members, holidays, hasher, policy, auditor));
    }

    @Bean
    ManageSettingsUseCase manageSettings(SettingsRepository settings, Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(ManageSettingsUseCase.class, new SettingsService(settings, auditor));
    }

    @Bean
    ManageBankHolidaysUseCase manageBankHolidays(BankHolidayRepository holidays, Auditor auditor,
                                                 UseCaseTransactions tx) {
        return tx.wrap(ManageBankHolidaysUseCase.class, new BankHolidayService(holidays, auditor));
    }
}
