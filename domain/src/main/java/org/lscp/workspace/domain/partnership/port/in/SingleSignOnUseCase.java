package org.lscp.workspace.domain.partnership.port.in;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.ProviderClaims;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.model.SingleSignOnOption;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Signing in through a partnership's OpenID Connect provider, before anyone is signed in (so no actor): the sign-in
 * page's choices, the provider's settings for the sign-in machinery, and the matching rule.
 */
public interface SingleSignOnUseCase {
    /** The partnerships with single sign-on turned on, by name. */
    List<SingleSignOnOption> options();

    /** The partnership's provider, with its client secret, if single sign-on is on: for the sign-in itself only. */
    Optional<SingleSignOn> provider(PartnershipId partnership);

    /**
     * The partnership's ACTIVE member with the provider's email (any case), if the provider verified the email and
     * its domain is allowed; otherwise refused with the reason. No one is ever added: members are the workspace's,
     * and so are their roles. Audited either way, as "through single sign-on".
     */
    SingleSignOnResult signIn(PartnershipId partnership, ProviderClaims claims);

    /** The provider's answer was not accepted (an error, or a token that failed its checks): audited. */
    void providerRefused(PartnershipId partnership, String why);
}
