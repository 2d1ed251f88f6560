package org.lscp.workspace.domain.partnership.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * A partnership's single sign-on through an OpenID Connect provider (Microsoft Entra ID or any other): where the
 * provider is (its issuer), how the workspace is registered there (client id and secret), which email domains may
 * sign in, and whether a second factor given at the provider stands in for the workspace's own code. The secret is
 * kept only for the sign-in itself: never audited, never shown back.
 */
public record SingleSignOn(PartnershipId partnershipId, String issuer, String clientId, @Nullable String clientSecret,
                           List<String> allowedDomains, boolean exemptProviderMfa, boolean enabled) implements Audited {

    public SingleSignOn {
        allowedDomains = List.copyOf(allowedDomains);
    }

    /** The provider registration's name in the sign-in addresses: {@code /oauth2/authorization/p12}. */
    public static String registrationId(PartnershipId partnership) {
        return "p" + partnership.value();
    }

    /** The partnership a registration id names, if it is one of ours ("p" and digits). */
    public static Optional<PartnershipId> partnershipOf(@Nullable String registrationId) {
        if (registrationId == null || !registrationId.matches("p[1-9][0-9]{0,17}")) return Optional.empty();
        return Optional.of(new PartnershipId(Long.parseLong(registrationId.substring(1))));
    }

    public String registrationId() {
        return registrationId(partnershipId);
    }

    public boolean hasSecret() {
        return clientSecret != null && !clientSecret.isEmpty();
    }

    /** Whether an email's domain (the part after the last @) is one of the allowed domains, exactly. */
    public boolean allows(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && allowedDomains.contains(email.substring(at + 1));
    }

    @Override public String auditType() { return "Single sign-on"; }

    @Override public String auditId() { return String.valueOf(partnershipId.value()); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("issuer", issuer).with("client id", clientId)
                .with("client secret", hasSecret() ? "set" : "not set")
                .with("allowed email domains", String.join(", ", allowedDomains))
                .with("second factor at the provider stands in for the workspace's code",
                        exemptProviderMfa ? "yes" : "no")
                .with("enabled", enabled ? "yes" : "no");
    }
}
