package org.lscp.workspace.domain.partnership.model;

import java.util.Set;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Role;

/** How a sign-in through a partnership's provider ended. */
public sealed interface SingleSignOnResult {
    /** What both an unknown email and another partnership's member are told. */
    String NOT_A_MEMBER_HERE = "No active member of this partnership has that email address. "
            + "Ask your partnership administrator to add you.";

    /**
     * The partnership's active member with the provider's email. {@code secondFactorDone}: the provider's token showed
     * a second factor and the partnership lets that stand in for the workspace's own code; otherwise the member goes
     * on to the code, as after a password.
     */
    record SignedIn(MemberId memberId, String email, Set<Role> roles, boolean secondFactorDone)
            implements SingleSignOnResult {
        public SignedIn {
            roles = Set.copyOf(roles);
        }
    }

    /** Refused, with the reason; {@link Reason#message()} is what the person is told. */
    record Refused(Reason reason) implements SingleSignOnResult { }

    enum Reason {
        NOT_ENABLED("Single sign-on is not turned on for this partnership. Sign in with your email and password."),
        NO_EMAIL("The sign-in service did not tell the workspace your email address. Ask your partnership "
                + "administrator to check the single sign-on settings."),
        UNVERIFIED("The sign-in service has not verified your email address, so the workspace cannot trust it. "
                + "Ask your partnership administrator."),
        DOMAIN_NOT_ALLOWED("Your email address is not in a domain this partnership allows for single sign-on. "
                + "Ask your partnership administrator."),
        UNKNOWN_EMAIL(NOT_A_MEMBER_HERE),
        /** A member of another partnership: told exactly as an unknown email, so no partnership is revealed. */
        OTHER_PARTNERSHIP(NOT_A_MEMBER_HERE),
        DEACTIVATED("This account has been deactivated. Ask your partnership administrator.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        /** For the audit trail: the two "not a member here" reasons read the same there too. */
        public String audited() {
            return switch (this) {
                case NOT_ENABLED -> "single sign-on not enabled";
                case NO_EMAIL -> "no email from the provider";
                case UNVERIFIED -> "email not verified by the provider";
                case DOMAIN_NOT_ALLOWED -> "email domain not allowed";
                case UNKNOWN_EMAIL, OTHER_PARTNERSHIP -> "no member of this partnership has that email";
                case DEACTIVATED -> "deactivated";
            };
        }
    }
}
