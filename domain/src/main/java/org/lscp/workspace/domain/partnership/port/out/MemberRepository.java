package org.lscp.workspace.domain.partnership.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Members; lookups by partnership except the two that sign-in needs before a partnership is known. */
public interface MemberRepository {
    /** Inserts or updates; fails with a ConcurrentChangeException if the version moved on. */
    Member save(Member member);

    Optional<Member> find(PartnershipId partnership, MemberId id);

    /** For sign-in only: emails are unique across all partnerships. */
    Optional<Member> findByEmail(String email);

    boolean emailTaken(String email, @Nullable MemberId except);

    /** Sorted by name. */
    List<Member> find(PartnershipId partnership, MemberFilter filter, PageRequest page);

    long count(PartnershipId partnership, MemberFilter filter);

    /** Names of the given members of the partnership, in one query. */
    Map<MemberId, String> names(PartnershipId partnership, Collection<MemberId> ids);

    /** The member with their agency and partnership names, in one query; empty if missing or inactive. */
    Optional<Actor> activeActor(MemberId id);

    /** The partnership's active members, as actors, of an agency and/or role if the filter names them; by name. */
    List<Actor> activeActors(PartnershipId partnership, MemberFilter filter);
}
