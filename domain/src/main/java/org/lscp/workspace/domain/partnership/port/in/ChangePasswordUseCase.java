package org.lscp.workspace.domain.partnership.port.in;

import org.lscp.workspace.domain.shared.Actor;

/**
 * A signed-in member replaces their password (a temporary one an admin gave them, or their own). Field names of
 * the ValidationException: {@link #CURRENT}, {@link #NEW}, {@link #REPEAT}.
 */
public interface ChangePasswordUseCase {
    String CURRENT = "currentPassword";
    String NEW = "newPassword";
    String REPEAT = "repeatPassword";

    /**
     * Checks the current password, applies the password policy, saves the new one (no longer temporary), records
     * "password changed" in the audit trail (never the password) and ends the member's other sessions. Every
     * problem is reported at once, each next to its field.
     */
    void change(Actor actor, String currentPassword, String newPassword, String repeatedNewPassword);

    default void change(Actor actor, String currentPassword, String newPassword) {
        change(actor, currentPassword, newPassword, newPassword);
    }

    /** Whether the member still has a temporary password that they must replace before doing anything else. */
    boolean mustChange(Actor actor);
}
