package org.lscp.workspace.app.security;

import java.util.Arrays;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult.Reason;

/**
 * How a sign-in through single sign-on that did not sign anyone in is named in the sign-in page's address
 * ({@code /login?sso=refused&why=not-a-member}) and told there. An unknown email and another partnership's member
 * share one name and one message, so neither the address nor the page reveals a partnership.
 */
public final class SingleSignOnOutcome {
    public static final String PARAMETER = "sso";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";
    public static final String UNAVAILABLE = "unavailable";
    public static final String WHY = "why";
    static final String FAILED_MESSAGE = "The sign-in service's answer could not be accepted, so you are not signed "
            + "in. Try again; if it happens again, ask your partnership administrator to check the single sign-on "
            + "settings.";
    static final String UNAVAILABLE_MESSAGE = "The sign-in service cannot be reached just now. Try again in a few "
            + "minutes, or sign in with your email and password.";

    private SingleSignOnOutcome() {
    }

    static String slug(Reason reason) {
        return switch (reason) {
            case NOT_ENABLED -> "off";
            case NO_EMAIL -> "no-email";
            case UNVERIFIED -> "unverified";
            case DOMAIN_NOT_ALLOWED -> "domain";
            case UNKNOWN_EMAIL, OTHER_PARTNERSHIP -> "not-a-member";
            case DEACTIVATED -> "deactivated";
        };
    }

    static String refusedPath(Reason reason) {
        return "/login?" + PARAMETER + "=" + REFUSED + "&" + WHY + "=" + slug(reason);
    }

    /** What the sign-in page says for {@code ?sso=<outcome>&why=<why>}; empty for anything else. */
    public static Optional<String> message(String outcome, String why) {
        return switch (outcome) {
            case REFUSED -> Optional.of(Arrays.stream(Reason.values()).filter(r -> slug(r).equals(why)).findFirst()
                    .map(Reason::message).orElse(FAILED_MESSAGE));
            case FAILED -> Optional.of(FAILED_MESSAGE);
            case UNAVAILABLE -> Optional.of(UNAVAILABLE_MESSAGE);
            case null, default -> Optional.empty();
        };
    }
}
