package org.lscp.workspace.domain.partnership.service;

import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

public final class AgencyService implements ManageAgenciesUseCase {
    private final AgencyRepository agencies;
    private final Audit auditor;

    public AgencyService(AgencyRepository agencies, Audit auditor) {
        this.agencies = agencies;
        this.auditor = auditor;
    }

    @Override
    public Agency create(Actor actor, SaveAgencyCommand command) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        requireDistinctName(actor, command.name(), null);
        Agency saved = agencies.save(Agency.create(actor.partnershipId(), command));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public Agency update(Actor actor, AgencyId id, long expectedVersion, SaveAgencyCommand command) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        Agency current = get(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "agency");
        requireDistinctName(actor, command.name(), id);
        Agency saved = agencies.save(current.with(command));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    /**
     * No two agencies of a partnership may have names that read the same: the same letters in any case, or names
     * that differ only by a look-alike letter (a Cyrillic "а" for a Latin "a") or by spacing and accents, which
     * members could not tell apart in a list.
     */
    private void requireDistinctName(Actor actor, String name, @org.jspecify.annotations.Nullable AgencyId self) {
        if (agencies.nameTaken(actor.partnershipId(), name, self)) throw ValidationException.of("name", SaveAgencyCommand.NAME_TAKEN);
        String skeleton = AgencyNames.skeleton(name);
        agencies.find(actor.partnershipId(), AgencyFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(a -> !a.requireId().equals(self) && AgencyNames.skeleton(a.name()).equals(skeleton))
                .findFirst().ifPresent(a -> {
                    throw ValidationException.of("name", "This name looks the same as the agency \u201c" + a.name()
                            + "\u201d, which members could not tell apart in a list: choose a name that differs.");
                });
    }

    @Override
    public Agency get(Actor actor, AgencyId id) {
        return agencies.find(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Agency not found."));
    }

    @Override
    public List<Agency> list(Actor actor, AgencyFilter filter, PageRequest page) {
        return agencies.find(actor.partnershipId(), filter, page);
    }

    @Override
    public long count(Actor actor, AgencyFilter filter) {
        return agencies.count(actor.partnershipId(), filter);
    }

    @Override
    public List<Agency> all(Actor actor) {
        return agencies.find(actor.partnershipId(), AgencyFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    @Override
    public java.util.Map<AgencyId, String> names(Actor actor) {
        return all(actor).stream().collect(java.util.stream.Collectors.toMap(Agency::requireId, Agency::name));
    }
}
