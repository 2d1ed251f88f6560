package org.lscp.workspace.app.security;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Each partnership's provider as Spring Security's client registration {@code p<partnership id>}, built from the
 * settings in the database. The provider's discovery document is fetched at the first sign-in through it, not at
 * start-up (a provider that is down must not stop the workspace), and kept until the settings change; a failed
 * discovery is not kept, so the next attempt tries again.
 */
@Component
class PartnershipClientRegistrations implements ClientRegistrationRepository {
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    private final SingleSignOnUseCase singleSignOn;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    PartnershipClientRegistrations(SingleSignOnUseCase singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    private record Discovered(SingleSignOn settings, ClientRegistration registration) {
    }

    /** Null when the id names no partnership with single sign-on turned on; throws when discovery fails. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        var sso = SingleSignOn.partnershipOf(registrationId).flatMap(singleSignOn::provider).orElse(null);
        if (sso == null) {
            discovered.remove(registrationId);
            return null;
        }
        Discovered known = discovered.get(registrationId);
        if (known != null && sameProvider(known.settings(), sso)) {
            return known.registration();
        }
        ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(sso.issuer())
                .registrationId(registrationId)
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .scope("openid", "email", "profile")
                .redirectUri(REDIRECT_URI)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientName(registrationId)
                .build();
        discovered.put(registrationId, new Discovered(sso, registration));
        return registration;
    }

    private static boolean sameProvider(SingleSignOn a, SingleSignOn b) {
        return a.issuer().equals(b.issuer()) && a.clientId().equals(b.clientId())
                && Objects.equals(a.clientSecret(), b.clientSecret());
    }
}
