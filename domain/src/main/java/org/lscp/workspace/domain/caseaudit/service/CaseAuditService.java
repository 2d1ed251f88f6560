package org.lscp.workspace.domain.caseaudit.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.caseaudit.model.AgencySection;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditFigure;
import org.lscp.workspace.domain.caseaudit.model.AuditPermissions;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.model.CaseCommands;
import org.lscp.workspace.domain.caseaudit.model.CaseView;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.model.ProgrammeView;
import org.lscp.workspace.domain.caseaudit.model.Sample;
import org.lscp.workspace.domain.caseaudit.model.SaveProgrammeCommand;
import org.lscp.workspace.domain.caseaudit.port.in.AuditedFigures;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.caseaudit.port.out.CaseAuditRepository;
import org.lscp.workspace.domain.frontdoor.model.AuditableContact;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.in.ContactSamples;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.port.in.PlanActions;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.AuditAction;

/** Multi-agency case audits, from set-up and sample to moderated grades and the actions their findings become. */
public final class CaseAuditService implements CaseAuditUseCase, AuditedFigures {
    /** Who reads every audit's grades, themes and findings (never the children, unless they audit it). */
    private static final Role[] READERS = {Role.PARTNERSHIP_ADMIN, Role.BOARD_CHAIR, Role.LEAD_OFFICER,
            Role.MASH_MANAGER, Role.LINE_MANAGER, Role.SENIOR_MANAGER};
    public static final int MAX_SAMPLE = 30;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private final CaseAuditRepository audits;
    private final ContactSamples contacts;
    private final AgencyDirectory agencies;
    private final MemberDirectory members;
    private final PlanRecords plan;
    private final PlanActions actions;
    private final AccessLog accessLog;
    private final ChildIdentifierGuard identifiers;
    private final Audit auditor;

    public CaseAuditService(CaseAuditRepository audits, ContactSamples contacts, AgencyDirectory agencies,
                            MemberDirectory members, PlanRecords plan, PlanActions actions,
                            AccessLog accessLog, ChildIdentifierGuard identifiers, Audit auditor) {
        this.identifiers = identifiers;
        this.audits = audits;
        this.contacts = contacts;
        this.agencies = agencies;
        this.members = members;
        this.plan = plan;
        this.actions = actions;
        this.accessLog = accessLog;
        this.auditor = auditor;
    }

    @Override
    public List<AuditProgramme> programmes(Actor actor) {
        boolean reader = actor.hasAny(READERS);
        return audits.programmes(actor.partnershipId()).stream()
                .filter(p -> reader || p.auditedBy(actor.memberId())).toList();
    }

    @Override
    public AuditProgramme saveProgramme(Actor actor, @Nullable Long id, SaveProgrammeCommand c, long expectedVersion) {
        AuditPermissions.requireRunsAudits(actor);
        Check check = new Check();
        for (RecommendationId r : c.recommendations()) {
            check.that(plan.recommendation(actor.partnershipId(), r).isPresent(), "recommendations",
                    "Choose recommendations of your partnership's plan.");
        }
        Set<AgencyId> auditorAgencies = new HashSet<>();
        for (MemberId m : c.auditors()) {
            Member member = members.find(actor.partnershipId(), m).filter(Member::active).orElse(null);
            check.that(member != null, "auditors", "Choose active members of your partnership as auditors.");
            if (member != null) auditorAgencies.add(member.agencyId());
            check.that(member == null || !member.roles().contains(Role.BOARD_CHAIR), "auditors",
                    "The board chair never sees a child's record: choose auditors who may.");
        }
        check.that(auditorAgencies.size() >= 2 || c.auditors().size() < 2, "auditors",
                "A multi-agency audit needs auditors from at least two agencies.");
        Member moderator = members.find(actor.partnershipId(), c.moderator()).filter(Member::active).orElse(null);
        check.that(moderator != null, "moderator", "Choose an active member of your partnership as the moderator.")
                .that(moderator == null || !moderator.roles().contains(Role.BOARD_CHAIR), "moderator",
                        "The board chair never sees a child's record: choose a moderator who may.").done();
        if (id == null) {
            AuditProgramme saved = audits.save(new AuditProgramme(null, actor.partnershipId(), c.title(), c.theme(),
                    c.recommendations(), c.sampleFrom(), c.sampleTo(), c.sample(), c.meetsOn(), c.auditors(),
                    c.moderator(), 0));
            auditor.created(actor, saved);
            return saved;
        }
        AuditProgramme current = programme(actor.partnershipId(), id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "audit");
        AuditProgramme saved = audits.save(current.with(c));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public ProgrammeView programme(Actor actor, long id) {
        AuditProgramme p = programme(actor.partnershipId(), id);
        boolean children = seesChildren(actor, p);
        if (!children) actor.require(READERS);
        List<ProgrammeView.CaseLine> lines = new ArrayList<>();
        Map<Long, List<AgencySection>> sectionsByCase = audits.sectionsOfProgramme(id).stream()
                .collect(Collectors.groupingBy(AgencySection::caseId));
        List<AuditCase> cases = audits.cases(actor.partnershipId(), id);
        // every finding to improve, masked for a reader who may not see the child, in one lookup
        List<@Nullable String> findings = new ArrayList<>();
        for (AuditCase c : cases) {
            sectionsByCase.getOrDefault(c.requireId(), List.of()).stream().map(AgencySection::toImprove)
                    .filter(t -> !t.isBlank()).forEach(findings::add);
        }
        java.util.Iterator<@Nullable String> read = (children ? findings : identifiers.forReader(actor, findings))
                .iterator();
        for (AuditCase c : cases) {
            List<AgencySection> sections = sectionsByCase.getOrDefault(c.requireId(), List.of());
            List<String> toImprove = new ArrayList<>();
            sections.stream().filter(s -> !s.toImprove().isBlank())
                    .forEach(s -> toImprove.add(java.util.Objects.requireNonNullElse(read.next(), "")));
            lines.add(new ProgrammeView.CaseLine(c.requireId(), c.number(), children ? c.reference() : null,
                    children ? c.childName() : null, c.agencies().size(), sections.size(), c.finalGrade(),
                    c.moderation() != null, c.moderation() != null && c.moderation().changed(),
                    c.reauditOf() != null, toImprove));
        }
        return new ProgrammeView(p, lines, children);
    }

    @Override
    public List<AuditCase> drawSample(Actor actor, long programmeId, int size, @Nullable Long seed) {
        AuditPermissions.requireRunsAudits(actor);
        AuditProgramme p = programme(actor.partnershipId(), programmeId);
        new Check().that(size >= 1 && size <= MAX_SAMPLE, "size", "Draw from 1 to " + MAX_SAMPLE + " cases.").done();
        long used = seed != null ? seed : new java.security.SecureRandom().nextLong();
        List<ContactId> population = contacts.decidedBetween(actor.partnershipId(), p.sampleFrom(), p.sampleTo(),
                p.sample());
        if (population.isEmpty()) {
            throw ValidationException.of("size", "No decided contact was received between "
                    + London.format(p.sampleFrom()) + " and " + London.format(p.sampleTo())
                    + (p.sample().none() ? ": change the audit's sample period."
                    : " that the audit's sample filter takes: change its period or its filter."));
        }
        List<AuditCase> existing = audits.cases(actor.partnershipId(), programmeId);
        Set<ContactId> already = existing.stream().map(AuditCase::contact).collect(Collectors.toSet());
        int number = existing.stream().mapToInt(AuditCase::number).max().orElse(0);
        List<AuditCase> added = new ArrayList<>();
        for (ContactId id : Sample.draw(population, size, used)) {
            if (already.contains(id)) continue;
            AuditableContact contact = contacts.find(actor.partnershipId(), id).orElseThrow();
            added.add(add(actor, p, ++number, contact, used, null));
        }
        return added;
    }

    @Override
    public AuditCase addByChild(Actor actor, long programmeId, String childCaseId) {
        AuditPermissions.requireRunsAudits(actor);
        AuditProgramme p = programme(actor.partnershipId(), programmeId);
        new Check().text("childCaseId", childCaseId, "the child's id in the case system", 40).done();
        AuditableContact contact = contacts.latestForChild(actor.partnershipId(), childCaseId.strip())
                .orElseThrow(() -> ValidationException.of("childCaseId", "No contact in the workspace is about a "
                        + "child with that id."));
        List<AuditCase> existing = audits.cases(actor.partnershipId(), programmeId);
        if (existing.stream().anyMatch(c -> c.contact().equals(contact.id()) && c.reauditOf() == null)) {
            throw ValidationException.of("childCaseId", "This child's latest contact is already in the audit.");
        }
        return add(actor, p, existing.stream().mapToInt(AuditCase::number).max().orElse(0) + 1, contact, null, null);
    }

    private AuditCase add(Actor actor, AuditProgramme p, int number, AuditableContact contact, @Nullable Long seed,
                          @Nullable Long reauditOf) {
        // the agencies that knew the child and sit in the group write its sections
        Set<AgencyId> group = p.auditors().stream().map(m -> members.find(actor.partnershipId(), m))
                .flatMap(java.util.Optional::stream).map(Member::agencyId).collect(Collectors.toSet());
        Set<AgencyId> sections = new HashSet<>(contact.agencies());
        sections.retainAll(group);
        AuditCase saved = audits.save(new AuditCase(null, actor.partnershipId(), p.requireId(), number, contact.id(),
                contact.reference(), contact.childName(), sections, seed, reauditOf, null, null, List.of(), 0));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public CaseView openCase(Actor actor, long caseId) {
        AuditCase c = auditCase(actor.partnershipId(), caseId);
        AuditProgramme p = programme(actor.partnershipId(), c.programmeId());
        boolean allowed = seesChildren(actor, p);
        accessLog.record(AccessLogEntry.of(actor, auditor.now(), "Audited case " + c.reference(), allowed));
        if (!allowed) {
            throw new NotAuthorisedException("An audited case names the child: only its auditors, its moderator and "
                    + "the partnership's admin open it. The audit's page shows its grades and findings.");
        }
        return view(actor, c, p);
    }

    @Override
    public CaseView writeSection(Actor actor, long caseId, CaseCommands.Section s) {
        AuditCase c = auditCase(actor.partnershipId(), caseId);
        AuditProgramme p = programme(actor.partnershipId(), c.programmeId());
        if (!p.auditors().contains(actor.memberId()) || !c.agencies().contains(actor.agencyId())) {
            throw new NotAuthorisedException("Only an auditor from an agency that knew the child writes its section.");
        }
        if (c.grading() != null) {
            throw ValidationException.of("knew", "The group has graded this case: its sections can no longer change.");
        }
        AgencySection section = new AgencySection(caseId, actor.agencyId(), s.knew(), s.did(), s.goodPractice(),
                s.toImprove(), actor.memberId(), actor.name(), auditor.now());
        audits.save(section);
        auditor.changed(actor, AuditAction.UPDATED, null, org.lscp.workspace.domain.shared.audit.Audited.shownOn(
                new SectionRecord(section), c.subject()));
        return view(actor, c, p);
    }

    /** An agency's section as the audit trail records it. */
    private record SectionRecord(AgencySection s) implements org.lscp.workspace.domain.shared.audit.Audited {
        @Override public String auditType() { return "Audit section"; }

        @Override public String auditId() { return s.caseId() + "/" + s.agency().value(); }

        @Override
        public org.lscp.workspace.domain.shared.audit.Snapshot snapshot() {
            return org.lscp.workspace.domain.shared.audit.Snapshot.of().with("knew", s.knew()).with("did", s.did())
                    .with("good practice", s.goodPractice()).with("to improve", s.toImprove());
        }
    }

    @Override
    public AuditCase grade(Actor actor, long caseId, long expectedVersion, CaseCommands.Grades g) {
        AuditCase c = auditCase(actor.partnershipId(), caseId);
        AuditProgramme p = programme(actor.partnershipId(), c.programmeId());
        if (!p.auditedBy(actor.memberId())) {
            throw new NotAuthorisedException("Only the audit's group grades its cases.");
        }
        auditor.requireVersion(actor, c, c.version(), expectedVersion, "case");
        CaseView view = view(actor, c, p);
        if (!view.sectionsIn()) {
            Set<AgencyId> missing = new HashSet<>(c.agencies());
            view.sections().forEach(s -> missing.remove(s.agency()));
            throw ValidationException.of("overall", "Every agency that knew the child completes its section before "
                    + "the group grades. Still to come: " + missing.stream().map(a -> view.agencyNames()
                    .getOrDefault(a, "an agency")).sorted().collect(Collectors.joining(", ")) + ".");
        }
        AuditCase saved = audits.save(c.graded(new AuditCase.Grading(g.domains(), g.overall(), g.rationale(),
                actor.memberId(), actor.name(), auditor.now())));
        auditor.changed(actor, AuditAction.UPDATED, c.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public AuditCase moderate(Actor actor, long caseId, long expectedVersion, @Nullable Grade overall, String reason) {
        AuditCase c = auditCase(actor.partnershipId(), caseId);
        AuditProgramme p = programme(actor.partnershipId(), c.programmeId());
        if (!p.moderator().equals(actor.memberId())) {
            throw new NotAuthorisedException("Only the audit's moderator confirms or changes its grades.");
        }
        auditor.requireVersion(actor, c, c.version(), expectedVersion, "case");
        Check check = new Check().that(c.grading() != null, "overall", "The group grades the case before it is "
                + "moderated.").present("overall", overall, "Confirm the overall grade or choose another.");
        boolean changed = c.grading() != null && overall != null && overall != c.grading().overall();
        check.that(!changed || org.lscp.workspace.domain.shared.Text.block(reason) != null, "reason",
                "Give the reason for changing the group's grade.")
                .optionalLongText("reason", reason, "the reason", 4_000).done();
        String why = org.lscp.workspace.domain.shared.Text.block(reason);
        AuditCase saved = audits.save(c.moderated(new AuditCase.Moderation(overall, changed, why == null ? "" : why,
                actor.memberId(), actor.name(), auditor.now())));
        auditor.changed(actor, AuditAction.UPDATED, c.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public AuditCase reaudit(Actor actor, long caseId, long programmeId) {
        AuditPermissions.requireRunsAudits(actor);
        AuditCase c = auditCase(actor.partnershipId(), caseId);
        if (c.finalGrade() != Grade.INADEQUATE) {
            throw ValidationException.of("programme", "Only a case graded inadequate is offered for re-audit.");
        }
        AuditProgramme target = programme(actor.partnershipId(), programmeId);
        List<AuditCase> existing = audits.cases(actor.partnershipId(), programmeId);
        if (existing.stream().anyMatch(e -> Long.valueOf(c.requireId()).equals(e.reauditOf()))) {
            throw ValidationException.of("programme", "This case is already being re-audited in that audit.");
        }
        AuditableContact contact = contacts.find(actor.partnershipId(), c.contact()).orElseThrow();
        return add(actor, target, existing.stream().mapToInt(AuditCase::number).max().orElse(0) + 1, contact, null,
                c.requireId());
    }

    @Override
    public ImprovementAction raiseAction(Actor actor, long caseId, RecommendationId recommendation, String description,
                                         MemberId lead, @Nullable LocalDate due) {
        if (!AuditPermissions.makesActions(actor)) {
            throw new NotAuthorisedException("Only the partnership admin or a lead officer makes a finding an action.");
        }
        AuditCase c = auditCase(actor.partnershipId(), caseId);
        AuditProgramme p = programme(actor.partnershipId(), c.programmeId());
        if (c.finalGrade() == null) {
            throw ValidationException.of("description", "Grade the case before its findings become actions.");
        }
        if (!p.recommendations().contains(recommendation)) {
            throw ValidationException.of("recommendation", "Choose one of the recommendations this audit tests.");
        }
        ImprovementAction action = actions.add(actor, recommendation, new SaveActionCommand(description, lead,
                Set.of(), due, ActionStatus.NOT_STARTED));
        AuditCase saved = audits.save(c.withAction(action.requireId().value()));
        auditor.changed(actor, AuditAction.UPDATED, c.snapshot().toString(), saved);
        return action;
    }

    @Override
    public Set<AuditTheme> themesAudited(PartnershipId partnership) {
        return audits.programmes(partnership).stream().map(AuditProgramme::theme)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(AuditTheme.class)));
    }

    @Override
    public AuditFigure figure(PartnershipId partnership, AuditTheme theme, @Nullable AuditDomain domain,
                              LocalDate from, LocalDate to) {
        List<AuditCase> graded = audits.gradedCases(partnership, theme, from, to);
        Map<Long, AuditProgramme> programmes = new LinkedHashMap<>();
        for (AuditCase c : graded) {
            programmes.computeIfAbsent(c.programmeId(), id -> programme(partnership, id));
        }
        List<AuditFigure.Point> points = new ArrayList<>();
        programmes.values().stream().sorted(Comparator.comparing(AuditProgramme::meetsOn)).forEach(p -> {
            List<AuditCase> of = graded.stream().filter(c -> c.programmeId() == p.requireId()).toList();
            points.add(new AuditFigure.Point(MONTH.format(p.meetsOn()), good(of, domain), of.size()));
        });
        return new AuditFigure(good(graded, domain), graded.size(), programmes.size(),
                graded.stream().anyMatch(c -> c.moderation() != null), points);
    }

    private static long good(List<AuditCase> cases, @Nullable AuditDomain domain) {
        return cases.stream().filter(c -> {
            Grade g = domain == null ? c.finalGrade() : c.grading().domains().get(domain);
            return g != null && g.goodOrBetter();
        }).count();
    }

    private CaseView view(Actor actor, AuditCase c, AuditProgramme p) {
        Map<AgencyId, String> names = agencies.all(actor.partnershipId()).stream()
                .collect(Collectors.toMap(Agency::requireId, Agency::name));
        return new CaseView(c, p, audits.sections(c.requireId()), names);
    }

    /** Its auditors and moderator, and the admin, see the children in an audit; nobody else. */
    /** The audit's group and the admin see its children; the board chair never does, whatever the audit says. */
    static boolean seesChildren(Actor actor, AuditProgramme p) {
        if (actor.has(Role.BOARD_CHAIR)) return false;
        return p.auditedBy(actor.memberId()) || AuditPermissions.runsAudits(actor);
    }

    private AuditProgramme programme(PartnershipId partnership, long id) {
        return audits.programme(partnership, id).orElseThrow(() -> new NotFoundException("Audit not found."));
    }

    private AuditCase auditCase(PartnershipId partnership, long id) {
        return audits.auditCase(partnership, id).orElseThrow(() -> new NotFoundException("Case not found."));
    }
}
