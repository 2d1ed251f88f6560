package org.lscp.workspace.domain.partnership.service;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.ProviderClaims;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SaveSingleSignOnCommand;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.model.SingleSignOnOption;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult.Reason;
import org.lscp.workspace.domain.partnership.model.SingleSignOnSettings;
import org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase;
import org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Single sign-on: the admin's settings, and the rule that turns a provider's answer into one of the partnership's
 * members. The provider vouches for an email only: who the member is, whether they are active and what they may do
 * stay the workspace's. Nobody is added on the fly.
 */
public final class SingleSignOnService implements ManageSingleSignOnUseCase, SingleSignOnUseCase {
    static final String HOW = "through single sign-on";
    private final SingleSignOnRepository settings;
    private final MemberRepository members;
    private final Audit auditor;

    public SingleSignOnService(SingleSignOnRepository settings, MemberRepository members, Audit auditor) {
        this.settings = settings;
        this.members = members;
        this.auditor = auditor;
    }

    @Override
    public Optional<SingleSignOnSettings> get(Actor actor) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return settings.find(actor.partnershipId()).map(SingleSignOnSettings::of);
    }

    @Override
    public SingleSignOnSettings save(Actor actor, SaveSingleSignOnCommand command) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        Optional<SingleSignOn> before = settings.find(actor.partnershipId());
        String secret = command.clientSecret() != null ? command.clientSecret()
                : before.map(SingleSignOn::clientSecret).orElse(null);
        if (command.enabled() && secret == null) {
            throw ValidationException.of("clientSecret", "Enter the client secret from the provider: single sign-on "
                    + "cannot be turned on without it.");
        }
        SingleSignOn after = new SingleSignOn(actor.partnershipId(), command.issuer(), command.clientId(), secret,
                command.allowedDomains(), command.exemptProviderMfa(), command.enabled());
        settings.save(after);
        Snapshot audited = after.snapshot();
        if (command.clientSecret() != null) audited.with("client secret", "set (new secret saved)");
        AuditedView view = new AuditedView(after.auditType(), after.auditId(), audited);
        if (before.isEmpty()) {
            auditor.created(actor, view);
        } else {
            auditor.changed(actor, AuditAction.UPDATED, before.get().snapshot().toString(), view);
        }
        return SingleSignOnSettings.of(after);
    }

    @Override
    public List<SingleSignOnOption> options() {
        return settings.enabled();
    }

    @Override
    public Optional<SingleSignOn> provider(PartnershipId partnership) {
        return settings.find(partnership).filter(SingleSignOn::enabled);
    }

    @Override
    public SingleSignOnResult signIn(PartnershipId partnership, ProviderClaims claims) {
        String email = SaveMemberCommand.normaliseEmail(claims.email());
        Optional<SingleSignOn> sso = provider(partnership);
        // nothing to audit: no partnership asked for this sign-in (it was turned off meanwhile, or never on)
        if (sso.isEmpty()) return new SingleSignOnResult.Refused(Reason.NOT_ENABLED);
        if (email.isEmpty()) return refused(partnership, email, Reason.NO_EMAIL);
        if (!claims.emailVerified()) return refused(partnership, email, Reason.UNVERIFIED);
        if (!sso.get().allows(email)) return refused(partnership, email, Reason.DOMAIN_NOT_ALLOWED);
        Optional<Member> found = members.findByEmail(email);
        if (found.isEmpty()) return refused(partnership, email, Reason.UNKNOWN_EMAIL);
        Member member = found.get();
        // audited in this partnership as "no member here": nothing names the other partnership, nor its member
        if (!member.partnershipId().equals(partnership)) return refused(partnership, email, Reason.OTHER_PARTNERSHIP);
        if (!member.active()) {
            auditor.record(partnership, null, Audit.SYSTEM, AuditAction.SIGN_IN_FAILED, new AuditedView(
                    member.auditType(), member.auditId(), Snapshot.of().with("email", member.email()).with("how", HOW)
                    .with("why", Reason.DEACTIVATED.audited())), null);
            return new SingleSignOnResult.Refused(Reason.DEACTIVATED);
        }
        boolean secondFactorDone = sso.get().exemptProviderMfa() && claims.secondFactorAtProvider();
        auditor.record(partnership, member.id(), member.name(), AuditAction.SIGNED_IN, new AuditedView(
                member.auditType(), member.auditId(), Snapshot.of().with("email", member.email()).with("how", HOW)
                .with("second factor", secondFactorDone ? "given at the provider"
                        : "the workspace's code, next"))
                , null);
        return new SingleSignOnResult.SignedIn(member.requireId(), member.email(), member.roles(), secondFactorDone);
    }

    @Override
    public void providerRefused(PartnershipId partnership, String why) {
        auditor.record(partnership, null, Audit.SYSTEM, AuditAction.SIGN_IN_FAILED, new AuditedView(
                "Single sign-on", String.valueOf(partnership.value()), Snapshot.of().with("how", HOW)
                .with("why", "the provider's answer was not accepted: " + why)), null);
    }

    private SingleSignOnResult refused(PartnershipId partnership, String email, Reason reason) {
        auditor.record(partnership, null, Audit.SYSTEM, AuditAction.SIGN_IN_FAILED, new AuditedView(
                "Single sign-on", String.valueOf(partnership.value()), Snapshot.of().with("email", email)
                .with("how", HOW).with("why", reason.audited())), null);
        return new SingleSignOnResult.Refused(reason);
    }
}
