package org.lscp.workspace.app.config;

import tools.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.IOException;
import org.lscp.workspace.domain.partnership.model.MemberFilter;

import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand.NewMember;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.port.in.ProvisionPartnershipUseCase;
import org.lscp.workspace.domain.shared.Role;
import java.time.Clock;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.springframework.beans.factory.annotation.Value;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.lscp.workspace.domain.partnership.model.SecondFactor;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.springframework.stereotype.Component;

/**
 * Demo data drawn from the seeds: Enfield's partnership with the agencies its inspection reports name, and
 * Waltham Forest (whose MASH Ofsted visited in March 2018). Loaded only when {@code workspace.demo-data=true}
 * (the embedded default), never into an external database unless asked; loading twice changes nothing.
 * Every demo member's password is {@value #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
public class DemoData implements ApplicationRunner {
    public static final String PASSWORD = "demo-password-2026";
    /**
     * Every demo member's authenticator secret (Base32), so the demo stays easy to try: add it to any authenticator
     * app, or run {@code ./workspace code} for the current code.
     */
    public static final String SECOND_FACTOR_SECRET = "LSCPDEMOWORKSPACESECONDFACTORKEY";
    /** Everyone knows the demo password: asking demo members to change it first would only get in the way. */
    private static final boolean DEMO_PASSWORDS_ARE_NOT_TEMPORARY = false;
    public static final String ENFIELD = "Enfield Safeguarding Children Partnership";
    public static final String WALTHAM_FOREST = "Waltham Forest Safeguarding Children Partnership";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private final ProvisionPartnershipUseCase provision;
    private final InspectionRepository inspections;
    private final ContactRepository contacts;
    private final DemoContacts demoContacts;
    private final ContactMeasures measures;
    private final int contactCount;
    private final DemoPlans plans;
    private final DemoEscalations demoEscalations;
    private final DemoAudits demoAudits;
    private final DemoSection11 demoSection11;
    private final TransactionTemplate transaction;
    private final MemberRepository members;
    private final SecondFactorRepository secondFactors;
    private final Clock clock;

    DemoData(ProvisionPartnershipUseCase provision, InspectionRepository inspections, ContactRepository contacts,
             MemberRepository members, SecondFactorRepository secondFactors, ContactMeasures measures, Clock clock,
             PlatformTransactionManager transactions, DemoPlans plans, DemoContacts demoContacts,
             DemoEscalations demoEscalations, DemoAudits demoAudits,
             DemoSection11 demoSection11, @Value("${workspace.demo-contacts:2000}") int contactCount) {
        this.provision = provision;
        this.inspections = inspections;
        this.contacts = contacts;
        this.members = members;
        this.secondFactors = secondFactors;
        this.measures = measures;
        this.clock = clock;
        this.plans = plans;
        this.demoContacts = demoContacts;
        this.demoEscalations = demoEscalations;
        this.demoAudits = demoAudits;
        this.demoSection11 = demoSection11;
        this.contactCount = contactCount;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ProvisionPartnershipCommand partnership : partnerships()) {
            var id = provision.findByName(partnership.name()).orElseGet(() -> {
                LOG.info("Demo partnership loaded: {}", partnership.name());
                return provision.provision(partnership);
            });
            transaction.executeWithoutResult(status -> enrolSecondFactors(id));
            if (inspections.all(id).isEmpty()) {
                // through the plan's use cases, with the clock held at each step's day
                transaction.executeWithoutResult(status -> plans.load(id, partnership.name()));
                LOG.info("Demo improvement plan loaded: {}", partnership.name());
            }
            if (partnership.name().equals(ENFIELD) && contactCount > 0
                    && contacts.count(id, new ContactFilter(null, null, null, null, null, null), null) == 0) {
                transaction.executeWithoutResult(status -> demoContacts.load(id, contactCount));
                LOG.info("Demo contacts loaded: {} for {}", contactCount, partnership.name());
                transaction.executeWithoutResult(status -> demoEscalations.load(id));
                LOG.info("Demo escalations loaded for {}", partnership.name());
                transaction.executeWithoutResult(status -> demoAudits.load(id));
                LOG.info("Demo case audits loaded for {}", partnership.name());
                transaction.executeWithoutResult(status -> demoSection11.load());
                LOG.info("Demo Section 11 cycle loaded for {}", partnership.name());
                // the demo's history is written through the repositories, as of days past: count it once, whole
                transaction.executeWithoutResult(status -> measures.recount(id));
            }
        }
    }

    /** Demo members sign in with the demo authenticator secret; members added later enrol their own. */
    private void enrolSecondFactors(org.lscp.workspace.domain.shared.PartnershipId partnership) {
        for (var member : members.find(partnership, org.lscp.workspace.domain.partnership.model.MemberFilter.NONE,
                org.lscp.workspace.domain.shared.PageRequest.first(org.lscp.workspace.domain.shared.PageRequest.MAX_LIMIT))) {
            if (member.email().endsWith(".example") && secondFactors.find(member.requireId()).isEmpty()) {
                secondFactors.enrol(new SecondFactor(member.requireId(), SECOND_FACTOR_SECRET, clock.instant(), 0),
                        List.of());
            }
        }
    }

    /** {@code demo/partnerships.json}: each partnership with its agencies and members (all with the demo password). */
    record PartnershipFile(String name, String localAuthority, List<SaveAgencyCommand> agencies,
                           List<MemberRow> members) {
    }

    record MemberRow(String name, String email, String agency, Set<Role> roles) {
    }

    record PartnershipsFile(List<PartnershipFile> partnerships) {
    }

    static List<ProvisionPartnershipCommand> partnerships() {
        String path = "/demo/partnerships.json";
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Demo partnerships file missing: " + path);
            return JsonMapper.builder().build().readValue(in, PartnershipsFile.class).partnerships().stream()
                    .map(p -> new ProvisionPartnershipCommand(p.name(), p.localAuthority(), p.agencies(),
                            p.members().stream().map(m -> new NewMember(m.name(), m.email(), m.agency(), m.roles(),
                                    PASSWORD)).toList(), DEMO_PASSWORDS_ARE_NOT_TEMPORARY))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
