package org.lscp.workspace.domain.partnership.port.in;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The partnership's members as another feature reads them: to name who did something, to check that an owner or a
 * recipient belongs, or to find whom to tell. It takes no actor: the calling use case has already checked its caller,
 * and every lookup but {@link #activeActor} is scoped to a partnership. Members are managed through
 * {@link ManageMembersUseCase}.
 */
public interface MemberDirectory {
    Optional<Member> find(PartnershipId partnership, MemberId id);

    /** The partnership's member with this email (case ignored), active or not. */
    Optional<Member> findByEmail(PartnershipId partnership, String email);

    /** The partnership's members the filter picks, by name (at most {@link PageRequest#MAX_LIMIT}). */
    List<Member> find(PartnershipId partnership, MemberFilter filter);

    /** Names of the given members of the partnership, in one query. */
    Map<MemberId, String> names(PartnershipId partnership, Collection<MemberId> ids);

    /** The member with their agency and partnership names; empty if missing or inactive. */
    Optional<Actor> activeActor(MemberId id);

    /** The partnership's active members, as actors, of an agency and/or role if the filter names them; by name. */
    List<Actor> activeActors(PartnershipId partnership, MemberFilter filter);
}
