package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.ADMIN_B_EMAIL;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.PRACTITIONER_A_EMAIL;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.InMemorySingleSignOnRepository;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.ProviderClaims;
import org.lscp.workspace.domain.partnership.model.SaveSingleSignOnCommand;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult.Reason;
import org.lscp.workspace.domain.partnership.model.SingleSignOnSettings;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class SingleSignOnServiceTest {
    private static final String ISSUER = "https://login.microsoftonline.com/tenant-a/v2.0";
    private TestPartnerships world;
    private InMemorySingleSignOnRepository repository;
    private SingleSignOnService service;
    private Member ben;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        repository = new InMemorySingleSignOnRepository(world.partnerships);
        service = new SingleSignOnService(repository, world.members, world.auditor);
        ben = world.memberByEmail(PRACTITIONER_A_EMAIL);
    }

    private SingleSignOnSettings turnOnForA(boolean exemptProviderMfa, String... domains) {
        return service.save(world.adminA(), new SaveSingleSignOnCommand(ISSUER, "client-a", "secret-a",
                List.of(domains), exemptProviderMfa, true));
    }

    private static ProviderClaims verified(String email, String... amr) {
        return new ProviderClaims(email, true, List.of(amr), null);
    }

    private AuditEntry lastAudit() {
        return world.auditLog.all().getLast();
    }

    @Test
    void onlyTheAdminSetsItUpAndTheSecretIsNeverShownBackNorAudited() {
        assertThatThrownBy(() -> service.get(world.practitionerA())).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> turnOnForAAs(world.practitionerA())).isInstanceOf(NotAuthorisedException.class);
        assertThat(service.get(world.adminA())).isEmpty();

        SingleSignOnSettings saved = turnOnForA(false, "northshire.example.org");
        assertThat(saved.secretSet()).isTrue();
        assertThat(saved.registrationId()).isEqualTo("p" + world.partnershipA().value());
        assertThat(service.get(world.adminA())).contains(saved);
        assertThat(service.get(world.adminB())).as("each partnership its own").isEmpty();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.CREATED);
        assertThat(lastAudit().after()).contains("issuer: " + ISSUER, "client secret: set")
                .doesNotContain("secret-a");

        // a blank secret keeps the saved one
        service.save(world.adminA(), new SaveSingleSignOnCommand(ISSUER, "client-a2", " ",
                List.of("northshire.example.org"), true, true));
        assertThat(repository.find(world.partnershipA()).orElseThrow().clientSecret()).isEqualTo("secret-a");
        assertThat(repository.find(world.partnershipA()).orElseThrow().clientId()).isEqualTo("client-a2");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.UPDATED);
        assertThat(lastAudit().before()).contains("client id: client-a").doesNotContain("secret-a");
        assertThat(lastAudit().after()).contains("client id: client-a2");
        assertThat(service.provider(world.partnershipA()).orElseThrow().clientSecret()).isEqualTo("secret-a");
    }

    private void turnOnForAAs(org.lscp.workspace.domain.shared.Actor actor) {
        service.save(actor, new SaveSingleSignOnCommand(ISSUER, "c", "s", List.of("northshire.example.org"), false,
                true));
    }

    @Test
    void turningItOnNeedsASecret() {
        assertThatThrownBy(() -> service.save(world.adminA(), new SaveSingleSignOnCommand(ISSUER, "client-a", null,
                List.of("northshire.example.org"), false, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("clientSecret"));
        assertThat(repository.find(world.partnershipA())).as("nothing half-saved").isEmpty();
        // saved while off, without a secret yet: allowed, and not offered on the sign-in page
        service.save(world.adminA(), new SaveSingleSignOnCommand(ISSUER, "client-a", null,
                List.of("northshire.example.org"), false, false));
        assertThat(service.options()).isEmpty();
        assertThat(service.provider(world.partnershipA())).isEmpty();
        assertThat(service.signIn(world.partnershipA(), verified(PRACTITIONER_A_EMAIL)))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.NOT_ENABLED));
    }

    @Test
    void theSignInPageOffersEachPartnershipWithItOn() {
        turnOnForA(false, "northshire.example.org");
        assertThat(service.options()).singleElement().satisfies(o -> {
            assertThat(o.partnershipId()).isEqualTo(world.partnershipA());
            assertThat(o.shortName()).isEqualTo("Northshire");
            assertThat(o.registrationId()).isEqualTo("p" + world.partnershipA().value());
        });
    }

    @Test
    void theActiveMemberWithTheVerifiedEmailSignsInWithTheWorkspacesRolesAndCodeStillToGive() {
        turnOnForA(false, "northshire.example.org");
        SingleSignOnResult result = service.signIn(world.partnershipA(),
                verified("  Practitioner@NORTHSHIRE.example.org ", "pwd", "mfa"));
        assertThat(result).isEqualTo(new SingleSignOnResult.SignedIn(ben.requireId(), PRACTITIONER_A_EMAIL,
                Set.of(Role.PRACTITIONER), false));
        assertThat(lastAudit().action()).isEqualTo(AuditAction.SIGNED_IN);
        assertThat(lastAudit().actor()).isEqualTo(ben.requireId());
        assertThat(lastAudit().partnershipId()).isEqualTo(world.partnershipA());
        assertThat(lastAudit().after()).contains("how: through single sign-on",
                "second factor: the workspace's code, next");
    }

    @Test
    void aSecondFactorAtTheProviderStandsInOnlyWhenThePartnershipSaysSo() {
        turnOnForA(true, "northshire.example.org");
        assertThat(service.signIn(world.partnershipA(), verified(PRACTITIONER_A_EMAIL, "pwd", "mfa")))
                .isInstanceOfSatisfying(SingleSignOnResult.SignedIn.class, s -> assertThat(s.secondFactorDone())
                        .isTrue());
        assertThat(lastAudit().after()).contains("second factor: given at the provider");
        assertThat(service.signIn(world.partnershipA(), verified(PRACTITIONER_A_EMAIL, "pwd")))
                .as("password only at the provider")
                .isInstanceOfSatisfying(SingleSignOnResult.SignedIn.class, s -> assertThat(s.secondFactorDone())
                        .isFalse());
        assertThat(service.signIn(world.partnershipA(), new ProviderClaims(PRACTITIONER_A_EMAIL, true, List.of(),
                "http://schemas.openid.net/pape/policies/2007/06/multi-factor")))
                .isInstanceOfSatisfying(SingleSignOnResult.SignedIn.class, s -> assertThat(s.secondFactorDone())
                        .isTrue());
    }

    @Test
    void refusalsSayWhyWithoutNamingAnotherPartnership() {
        turnOnForA(false, "northshire.example.org", "southvale.example.org");
        var a = world.partnershipA();
        assertThat(service.signIn(a, new ProviderClaims(PRACTITIONER_A_EMAIL, false, List.of("mfa"), null)))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.UNVERIFIED));
        assertThat(service.signIn(a, verified("ben@elsewhere.example.org")))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.DOMAIN_NOT_ALLOWED));
        assertThat(service.signIn(a, verified("nobody@northshire.example.org")))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.UNKNOWN_EMAIL));
        assertThat(service.signIn(a, new ProviderClaims(null, true, List.of(), null)))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.NO_EMAIL));
        assertThat(service.signIn(a, verified(ADMIN_B_EMAIL)))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.OTHER_PARTNERSHIP));
        assertThat(Reason.OTHER_PARTNERSHIP.message()).isEqualTo(Reason.UNKNOWN_EMAIL.message())
                .isEqualTo("No active member of this partnership has that email address. Ask your partnership "
                        + "administrator to add you.")
                .doesNotContain("Southvale");
        AuditEntry other = lastAudit();
        assertThat(other.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(other.partnershipId()).isEqualTo(a);
        assertThat(other.after()).contains("why: no member of this partnership has that email")
                .doesNotContain("Southvale");
        assertThat(other.entityType()).isEqualTo("Single sign-on");
        assertThat(world.auditLog.all()).filteredOn(e -> e.partnershipId().equals(world.partnershipB())
                && e.action() == AuditAction.SIGN_IN_FAILED).isEmpty();

        world.memberService.deactivate(world.adminA(), ben.requireId(), ben.version());
        assertThat(service.signIn(a, verified(PRACTITIONER_A_EMAIL, "mfa")))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.DEACTIVATED));
        assertThat(lastAudit().entityId()).isEqualTo(String.valueOf(ben.requireId()));
        assertThat(lastAudit().after()).contains("why: deactivated", "how: through single sign-on");
        assertThat(world.auditLog.all()).filteredOn(e -> e.action() == AuditAction.SIGN_IN_FAILED).hasSize(6);
    }

    @Test
    void aPartnershipWithoutItTurnedOnSignsNobodyIn() {
        turnOnForA(false, "northshire.example.org");
        assertThat(service.signIn(world.partnershipB(), verified(ADMIN_B_EMAIL)))
                .isEqualTo(new SingleSignOnResult.Refused(Reason.NOT_ENABLED));
    }

    @Test
    void aProviderAnswerThatFailedItsChecksIsAudited() {
        service.providerRefused(world.partnershipA(), "invalid_id_token");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(lastAudit().after()).contains("how: through single sign-on",
                "why: the provider's answer was not accepted: invalid_id_token");
    }
}
