package org.lscp.workspace.domain.partnership.port.in;

import java.util.List;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;

/** A PARTNERSHIP_ADMIN lists, creates, edits, deactivates and reactivates members and assigns their roles. */
public interface ManageMembersUseCase {
    int PASSWORD_MIN = PasswordPolicy.MIN;

    /** The member gets a temporary password (checked by the {@link PasswordPolicy}) that they must change. */
    Member create(Actor actor, SaveMemberCommand command, String initialPassword);

    /**
     * Gives another member of the partnership a new temporary password (checked by the {@link PasswordPolicy}),
     * which they must change after signing in; their open sessions end. Not for one's own password.
     */
    Member resetPassword(Actor actor, MemberId id, long expectedVersion, String temporaryPassword);

    Member update(Actor actor, MemberId id, long expectedVersion, SaveMemberCommand command);

    /** Deactivated members cannot sign in and lose their open sessions at once. */
    Member deactivate(Actor actor, MemberId id, long expectedVersion);

    Member reactivate(Actor actor, MemberId id, long expectedVersion);

    Member get(Actor actor, MemberId id);

    List<Member> list(Actor actor, MemberFilter filter, PageRequest page);

    long count(Actor actor, MemberFilter filter);
}
