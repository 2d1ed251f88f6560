package org.lscp.workspace.domain.partnership.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an OpenID Connect provider said about whoever signed in there, from its verified ID token: the email, whether
 * the provider verified it, and how they authenticated ({@code amr}, RFC 8176, and {@code acr}).
 * <p>
 * A second factor at the provider shows as an {@code amr} value among {@link #SECOND_FACTOR_AMR} (Entra ID sends
 * {@code ["pwd", "mfa"]}; Windows Hello for Business {@code "ngcmfa"}), or as an {@code acr} among
 * {@link #SECOND_FACTOR_ACR}: the OpenID PAPE multi-factor policy and the phishing-resistant values of the OpenID
 * EAP ACR profile. A password ({@code pwd}), PIN ({@code pin}), knowledge question ({@code kba}), risk score
 * ({@code rba}) or Windows sign-in ({@code wia}) alone is not a second factor.
 * <p>
 * The email counts as verified when {@code email_verified} is true, or — Microsoft Entra ID sends no
 * {@code email_verified} — when Entra's optional claim {@code xms_edov} ("email domain owner verified") is true.
 */
public record ProviderClaims(@Nullable String email, boolean emailVerified, List<String> amr, @Nullable String acr) {
    public static final Set<String> SECOND_FACTOR_AMR = Set.of("mfa", "otp", "hwk", "swk", "fido", "sms", "tel",
            "sc", "face", "fpt", "iris", "retina", "vbm", "ngcmfa");
    public static final Set<String> SECOND_FACTOR_ACR = Set.of(
            "http://schemas.openid.net/pape/policies/2007/06/multi-factor", "phr", "phrh");

    public ProviderClaims {
        amr = amr == null ? List.of() : amr.stream().filter(a -> a != null).toList();
    }

    /** From the claims of a verified ID token (with the provider's user info, if any), as a JSON parser gives them. */
    public static ProviderClaims from(Map<String, ?> claims) {
        Object email = claims.get("email");
        boolean verified = truthy(claims.get("email_verified")) || truthy(claims.get("xms_edov"));
        Object amr = claims.get("amr");
        List<String> methods = amr instanceof Collection<?> values ? values.stream().map(String::valueOf).toList()
                : amr instanceof String one ? List.of(one) : List.of();
        Object acr = claims.get("acr");
        return new ProviderClaims(email instanceof String e ? e : null, verified, methods,
                acr == null ? null : String.valueOf(acr));
    }

    private static boolean truthy(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof String s && ("true".equalsIgnoreCase(s) || "1".equals(s));
    }

    /** Whether the provider's token shows a second factor (see the class comment for which values count). */
    public boolean secondFactorAtProvider() {
        return amr.stream().anyMatch(SECOND_FACTOR_AMR::contains) || acr != null && SECOND_FACTOR_ACR.contains(acr);
    }
}
