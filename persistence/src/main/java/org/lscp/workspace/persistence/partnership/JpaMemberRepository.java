package org.lscp.workspace.persistence.partnership;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.persistence.shared.Constraints;
import org.lscp.workspace.persistence.shared.Like;
import org.lscp.workspace.persistence.shared.OffsetPageable;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class JpaMemberRepository implements MemberRepository {
    private final MemberJpaRepository repository;

    JpaMemberRepository(MemberJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Member save(Member member) {
        try {
            return VersionedSave.save(repository, member.id() == null ? null : member.id().value(), member.version(),
                    MemberJpaEntity::new, e -> e.version, e -> PartnershipMapper.copy(member, e),
                    PartnershipMapper::toDomain, "member");
        } catch (DataIntegrityViolationException e) {
            if (Constraints.broke(e, "uk_member_email")) {
                // the same words whichever partnership has the address (a race past MemberService's own check)
                throw ValidationException.of("email", SaveMemberCommand.EMAIL_UNAVAILABLE);
            }
            throw e;
        }
    }

    @Override
    public Optional<Member> find(PartnershipId partnership, MemberId id) {
        return repository.findByIdAndPartnershipId(id.value(), partnership.value()).map(PartnershipMapper::toDomain);
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return repository.findByEmail(email).map(PartnershipMapper::toDomain);
    }

    @Override
    public boolean emailTaken(String email, @Nullable MemberId except) {
        return repository.emailTaken(email, except == null ? null : except.value());
    }

    @Override
    public List<Member> find(PartnershipId partnership, MemberFilter filter, PageRequest page) {
        return repository.search(partnership.value(), Like.contains(filter.text()), agency(filter), role(filter),
                        filter.active(), OffsetPageable.of(page, Sort.unsorted()))
                .stream().map(PartnershipMapper::toDomain).toList();
    }

    @Override
    public long count(PartnershipId partnership, MemberFilter filter) {
        return repository.countMatching(partnership.value(), Like.contains(filter.text()), agency(filter),
                role(filter), filter.active());
    }

    @Override
    public java.util.Map<MemberId, String> names(PartnershipId partnership, java.util.Collection<MemberId> ids) {
        if (ids.isEmpty()) return java.util.Map.of();
        var names = new java.util.HashMap<MemberId, String>();
        repository.names(partnership.value(), ids.stream().map(MemberId::value).toList())
                .forEach(row -> names.put(new MemberId((Long) row[0]), (String) row[1]));
        return names;
    }

    @Override
    public Optional<Actor> activeActor(MemberId id) {
        return repository.activeWithNames(id.value()).stream().findFirst().map(JpaMemberRepository::actor);
    }

    @Override
    public List<Actor> activeActors(PartnershipId partnership, MemberFilter filter) {
        return repository.activeWithNames(partnership.value(), agency(filter), role(filter)).stream()
                .map(JpaMemberRepository::actor).toList();
    }

    /** A row of (member, agency name, partnership name). */
    private static Actor actor(Object[] row) {
        Member m = PartnershipMapper.toDomain((MemberJpaEntity) row[0]);
        return new Actor(m.requireId(), m.name(), m.partnershipId(), (String) row[2], m.agencyId(), (String) row[1],
                m.roles());
    }

    private static Long agency(MemberFilter filter) {
        return filter.agency() == null ? null : filter.agency().value();
    }

    private static String role(MemberFilter filter) {
        return filter.role() == null ? null : filter.role().name();
    }
}
