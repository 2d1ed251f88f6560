package org.lscp.workspace.domain.partnership.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** How other features read the partnership's agencies and members, without knowing how they are kept. */
public final class PartnershipDirectory implements AgencyDirectory, MemberDirectory {
    private final AgencyRepository agencies;
    private final MemberRepository members;

    public PartnershipDirectory(AgencyRepository agencies, MemberRepository members) {
        this.agencies = agencies;
        this.members = members;
    }

    @Override
    public Optional<Agency> find(PartnershipId partnership, AgencyId id) {
        return agencies.find(partnership, id);
    }

    @Override
    public List<Agency> all(PartnershipId partnership) {
        return agencies.find(partnership, AgencyFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    @Override
    public Optional<Member> find(PartnershipId partnership, MemberId id) {
        return members.find(partnership, id);
    }

    @Override
    public Optional<Member> findByEmail(PartnershipId partnership, String email) {
        return members.findByEmail(email).filter(m -> m.partnershipId().equals(partnership));
    }

    @Override
    public List<Member> find(PartnershipId partnership, MemberFilter filter) {
        return members.find(partnership, filter, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    @Override
    public Map<MemberId, String> names(PartnershipId partnership, Collection<MemberId> ids) {
        return members.names(partnership, ids);
    }

    @Override
    public Optional<Actor> activeActor(MemberId id) {
        return members.activeActor(id);
    }

    @Override
    public List<Actor> activeActors(PartnershipId partnership, MemberFilter filter) {
        return members.activeActors(partnership, filter);
    }
}
