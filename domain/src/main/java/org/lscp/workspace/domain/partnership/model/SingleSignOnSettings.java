package org.lscp.workspace.domain.partnership.model;

import java.util.List;

/** Single sign-on as the admin's form shows it: whether a client secret is saved, never the secret itself. */
public record SingleSignOnSettings(String registrationId, String issuer, String clientId, boolean secretSet,
                                   List<String> allowedDomains, boolean exemptProviderMfa, boolean enabled) {
    public SingleSignOnSettings {
        allowedDomains = List.copyOf(allowedDomains);
    }

    public static SingleSignOnSettings of(SingleSignOn sso) {
        return new SingleSignOnSettings(sso.registrationId(), sso.issuer(), sso.clientId(), sso.hasSecret(),
                sso.allowedDomains(), sso.exemptProviderMfa(), sso.enabled());
    }
}
