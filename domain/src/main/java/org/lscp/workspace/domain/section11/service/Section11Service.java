package org.lscp.workspace.domain.section11.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.port.in.PlanActions;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.section11.model.Answer;
import org.lscp.workspace.domain.section11.model.AnswerCommand;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.section11.model.EvidenceDownload;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.HeatMap;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.Review;
import org.lscp.workspace.domain.section11.model.Section11Permissions;
import org.lscp.workspace.domain.section11.model.StartCycleCommand;
import org.lscp.workspace.domain.section11.port.in.Section11UseCase;
import org.lscp.workspace.domain.section11.port.out.Section11Repository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.AuditAction;

/** Section 11 cycles, the agencies' self-assessments, the challenge panel and the actions agreed. */
public final class Section11Service implements Section11UseCase {
    private static final Role[] READERS = {Role.PARTNERSHIP_ADMIN, Role.BOARD_CHAIR, Role.LEAD_OFFICER,
            Role.MASH_MANAGER, Role.LINE_MANAGER, Role.SENIOR_MANAGER};
    private final Section11Repository section11;
    private final AgencyDirectory agencies;
    private final MemberDirectory members;
    private final PlanActions actions;
    private final Audit auditor;

    public Section11Service(Section11Repository section11, AgencyDirectory agencies, MemberDirectory members,
                            PlanActions actions, Audit auditor) {
        this.section11 = section11;
        this.agencies = agencies;
        this.members = members;
        this.actions = actions;
        this.auditor = auditor;
    }

    @Override
    public List<Cycle> cycles(Actor actor) {
        List<Cycle> all = section11.cycles(actor.partnershipId());
        if (actor.hasAny(READERS)) return all;
        return all.stream().filter(c -> Section11Permissions.leads(actor, c)).toList();
    }

    @Override
    public Cycle startCycle(Actor actor, StartCycleCommand c) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        Check check = new Check();
        c.leads().forEach((agency, lead) -> {
            check.that(agencies.find(actor.partnershipId(), agency).isPresent(), "leads",
                    "Choose the partnership's agencies.");
            Optional<Member> member = members.find(actor.partnershipId(), lead).filter(Member::active);
            check.that(member.isPresent() && member.get().agencyId().equals(agency), "leads",
                    "Each agency's lead must be an active member of that agency.");
        });
        check.done();
        Optional<Cycle> previous = section11.cycles(actor.partnershipId()).stream().findFirst();
        Cycle saved = section11.save(new Cycle(null, actor.partnershipId(), c.title(), c.dueOn(), c.standards(),
                c.leads(), 0));
        auditor.created(actor, saved);
        // the previous cycle's answers, carried forward for each agency to edit, by the standard's name
        previous.ifPresent(p -> {
            for (Answer a : section11.answers(p.requireId())) {
                int standard = saved.standards().indexOf(p.standards().get(a.standard()));
                if (standard < 0 || !saved.leads().containsKey(a.agency())) continue;
                section11.save(new Answer(saved.requireId(), a.agency(), standard, a.rating(), a.evidence(),
                        a.link(), a.file(), true, null, "", null, Review.AWAITING, "", "", null, -1));
            }
        });
        return saved;
    }

    @Override
    public HeatMap heatMap(Actor actor, long cycleId) {
        Cycle cycle = cycle(actor, cycleId);
        if (!actor.hasAny(READERS) && !Section11Permissions.leads(actor, cycle)) {
            throw new NotAuthorisedException("The Section 11 heat map is for the board, managers and the agencies' "
                    + "leads.");
        }
        Map<AgencyId, String> names = agencies.all(actor.partnershipId()).stream()
                .collect(Collectors.toMap(Agency::requireId, Agency::name));
        Map<AgencyId, Answer[]> cells = new HashMap<>();
        for (AgencyId a : cycle.leads().keySet()) cells.put(a, new Answer[cycle.standards().size()]);
        for (Answer a : section11.answers(cycleId)) {
            Answer[] row = cells.get(a.agency());
            if (row != null && a.standard() < row.length) row[a.standard()] = a;
        }
        List<HeatMap.Row> rows = new ArrayList<>();
        cells.forEach((agency, row) -> rows.add(new HeatMap.Row(agency, names.getOrDefault(agency, ""),
                java.util.Arrays.asList(row))));
        rows.sort(Comparator.comparing(HeatMap.Row::agencyName));
        return new HeatMap(cycle, rows);
    }

    @Override
    public Answer answer(Actor actor, long cycleId, AnswerCommand c) {
        int standard = c.standard();
        Rating rating = c.rating();
        String evidence = c.evidence();
        byte[] file = c.file();
        Cycle cycle = cycle(actor, cycleId);
        if (!Section11Permissions.leads(actor, cycle)) {
            throw new NotAuthorisedException("Only your agency's named lead for this cycle rates its standards.");
        }
        requireStandard(cycle, standard);
        String url = Text.line(c.link());
        Answer current = answerOf(cycleId, actor.agencyId(), standard);
        if (c.expectedVersion() != (current == null ? -1 : current.version())) {
            throw new ConcurrentChangeException("This rating was changed since you opened it (carried forward, or "
                    + "saved elsewhere). The page now shows it: check it and save again.");
        }
        Answer.Attachment kept = current == null || c.removeFile() ? null : current.file();
        Check check = new Check().present("rating", rating, "Rate the standard: met, partly met or not met.")
                .that(Text.block(evidence) != null || url != null || file != null || kept != null, "evidence",
                        "Give the evidence for the rating: what shows it, a link to it or a file.")
                .optionalLongText("evidence", evidence, "the evidence", 4_000)
                .that(url == null || url.matches("https?://\\S{3,490}"), "link",
                        "Give a link starting http:// or https://.");
        if (file != null) EvidenceFileType.check(check, "file", file);
        check.done();
        Answer.Attachment attached = file == null ? kept : new Answer.Attachment(
                section11.saveFile(actor.partnershipId(), file), EvidenceFileType.describe(c.fileName(), file));
        Answer saved = section11.save(new Answer(cycleId, actor.agencyId(), standard, rating,
                Optional.ofNullable(Text.block(evidence)).orElse(""), url == null ? "" : url, attached, false,
                actor.memberId(), actor.name(), auditor.now(), Review.AWAITING, "", "",
                current == null ? null : current.action(), current == null ? -1 : current.version()));
        auditor.changed(actor, AuditAction.UPDATED, current == null ? null : current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public Answer review(Actor actor, long cycleId, AgencyId agency, int standard, long expectedVersion,
                         boolean accept, String reason) {
        if (!Section11Permissions.sitsOnThePanel(actor)) {
            throw new NotAuthorisedException("Only the challenge panel (the chair or the admin) reviews ratings.");
        }
        Cycle cycle = cycle(actor, cycleId);
        requireStandard(cycle, standard);
        Answer current = answerOf(cycleId, agency, standard);
        if (current == null || current.carried()) {
            throw ValidationException.of("reason", "The agency has not rated this standard in this cycle yet.");
        }
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException("The agency changed this rating since you opened it. The page now "
                    + "shows the new rating: review it again.");
        }
        new Check().that(accept || Text.block(reason) != null, "reason",
                "Say why the rating is challenged, so the agency can respond.")
                .optionalLongText("reason", reason, "the reason", 4_000).done();
        Answer saved = section11.save(current.withReview(accept ? Review.ACCEPTED : Review.CHALLENGED,
                accept ? "" : Text.block(reason), ""));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public Answer respond(Actor actor, long cycleId, int standard, String response) {
        Cycle cycle = cycle(actor, cycleId);
        if (!Section11Permissions.leads(actor, cycle)) {
            throw new NotAuthorisedException("Only your agency's named lead responds to a challenge.");
        }
        Answer current = answerOf(cycleId, actor.agencyId(), standard);
        if (current == null || current.review() != Review.CHALLENGED) {
            throw ValidationException.of("response", "This rating has not been challenged.");
        }
        new Check().longText("response", response, "your response to the challenge", 4_000).done();
        Answer saved = section11.save(current.withReview(Review.RESPONDED, current.challenge(),
                Text.block(response)));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public ImprovementAction agreeAction(Actor actor, long cycleId, AgencyId agency, int standard,
                                         RecommendationId recommendation, String description, MemberId lead,
                                         @Nullable LocalDate due) {
        if (!Section11Permissions.agreesActions(actor)) {
            throw new NotAuthorisedException("Only the partnership admin or a lead officer puts an action on the plan.");
        }
        Cycle cycle = cycle(actor, cycleId);
        requireStandard(cycle, standard);
        Answer current = answerOf(cycleId, agency, standard);
        if (current == null || current.carried()) {
            throw ValidationException.of("description", "Agree an action on a standard the agency has rated.");
        }
        ImprovementAction action = actions.add(actor, recommendation, new SaveActionCommand(description, lead,
                java.util.Set.of(agency), due, ActionStatus.NOT_STARTED));
        Answer saved = section11.save(current.withAction(action.requireId().value()));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return action;
    }

    @Override
    public EvidenceDownload evidenceFile(Actor actor, long cycleId, AgencyId agency, int standard) {
        Cycle cycle = cycle(actor, cycleId);
        if (!actor.hasAny(READERS) && !(Section11Permissions.leads(actor, cycle) && actor.agencyId().equals(agency))) {
            throw new NotAuthorisedException("Section 11 evidence is for the board, managers and the agency's own lead.");
        }
        Answer answer = answerOf(cycleId, agency, standard);
        Answer.Attachment file = answer == null ? null : answer.file();
        byte[] content = file == null ? null : section11.file(actor.partnershipId(), file.id()).orElse(null);
        if (file == null || content == null) throw new NotFoundException("No evidence file is kept with this rating.");
        return new EvidenceDownload(file.about(), content);
    }

    private @Nullable Answer answerOf(long cycleId, AgencyId agency, int standard) {
        return section11.answers(cycleId).stream().filter(a -> a.agency().equals(agency) && a.standard() == standard)
                .findFirst().orElse(null);
    }

    private static void requireStandard(Cycle cycle, int standard) {
        if (standard < 0 || standard >= cycle.standards().size()) throw new NotFoundException("Standard not found.");
    }

    private Cycle cycle(Actor actor, long id) {
        return section11.cycle(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Cycle not found."));
    }
}
