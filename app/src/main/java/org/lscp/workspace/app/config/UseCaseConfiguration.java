package org.lscp.workspace.app.config;

import java.time.Clock;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.audit.service.AuditTrailService;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.ProvisionPartnershipUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.partnership.service.AgencyService;
import org.lscp.workspace.domain.partnership.service.MemberService;
import org.lscp.workspace.domain.partnership.service.ProvisioningService;
import org.lscp.workspace.domain.partnership.service.SignInService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The domain's services are plain Java; here each becomes a bean behind its use-case interface, inside a
 * transaction that spans the whole use case (the write and its audit entry commit or roll back together).
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Auditor auditor(AuditLog log, Clock clock) {
        return new Auditor(log, clock);
    }

    @Bean
    ManageAgenciesUseCase manageAgencies(AgencyRepository agencies, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageAgenciesUseCase.class, new AgencyService(agencies, auditor), tx);
    }

    @Bean
    ManageMembersUseCase manageMembers(MemberRepository members, AgencyRepository agencies, PasswordHasher hasher,
                                       MemberSessions sessions, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageMembersUseCase.class,
                new MemberService(members, agencies, hasher, sessions, auditor), tx);
    }

    @Bean
    SignInUseCase signIn(MemberRepository members, LoginThrottleRepository throttles, PasswordHasher hasher,
                         Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(SignInUseCase.class, new SignInService(members, throttles, hasher, auditor), tx);
    }

    @Bean
    ProvisionPartnershipUseCase provisionPartnership(PartnershipRepository partnerships, AgencyRepository agencies,
                                                     MemberRepository members, PasswordHasher hasher, Auditor auditor,
                                                     PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ProvisionPartnershipUseCase.class,
                new ProvisioningService(partnerships, agencies, members, hasher, auditor), tx);
    }

    @Bean
    BrowseAuditTrailQuery browseAuditTrail(AuditLog log, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(BrowseAuditTrailQuery.class, new AuditTrailService(log), tx);
    }
}
