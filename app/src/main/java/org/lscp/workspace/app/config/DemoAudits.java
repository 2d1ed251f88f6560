package org.lscp.workspace.app.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.model.CaseCommands;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.model.SaveProgrammeCommand;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Enfield's two multi-agency case audits, from the seeds' concerns (neglect, and thresholds for children who
 * disclosed abuse): six cases each drawn from the demo's contacts with a recorded seed, each agency's section written
 * by its auditor, the group's mixed grades, the moderator confirming most and changing one with a reason, and a
 * thresholds finding made an action on the thresholds recommendation. Written through the use cases, each step as
 * its member on its day (days before today, so it holds on any day).
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
final class DemoAudits {
    private static final List<String> GROUP = List.of("police@enfield.example", "health@enfield.example",
            "school@enfield.example", "mash.manager@enfield.example");
    private static final String MODERATOR = "head.of.service@enfield.example";
    private final CaseAuditUseCase audits;
    private final MemberRepository members;
    private final RecommendationRepository recommendations;
    private final HistoryClock clock;

    DemoAudits(CaseAuditUseCase audits, MemberRepository members, RecommendationRepository recommendations,
               Clock clock) {
        this.audits = audits;
        this.members = members;
        this.recommendations = recommendations;
        this.clock = (HistoryClock) clock; // the workspace's clock in demo mode
    }

    /** An audit's plan: theme, sample window and meeting (days before today), grades case by case, the change. */
    private record Plan(String title, AuditTheme theme, Theme recommendationTheme, int sampleFrom, int sampleTo,
                        int meets, long seed, List<Grade> grades, int changedCase, Grade changedTo, String reason,
                        String toImprove) {
    }

    void load(PartnershipId partnership) {
        write(partnership, new Plan("Neglect: multi-agency case audit", AuditTheme.NEGLECT, Theme.THRESHOLDS, 150, 60,
                40, 20261L, List.of(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.INADEQUATE,
                Grade.OUTSTANDING, Grade.REQUIRES_IMPROVEMENT), 2, Grade.GOOD, "The school's early help offer was "
                + "timely and the family engaged: the group under-rated the impact.", "Name the neglect: record the home "
                + "conditions seen at each visit and use the neglect tool before closing a contact."));
        write(partnership, new Plan("Thresholds: children who disclosed abuse", AuditTheme.THRESHOLDS,
                Theme.THRESHOLDS, 300, 170, 120, 20262L, List.of(Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE,
                Grade.GOOD, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD), 5, Grade.INADEQUATE,
                "A disclosure of physical abuse was not taken to a strategy discussion: the practice was "
                        + "inadequate whatever the later support.", "Take every disclosure of physical or sexual "
                        + "abuse to a strategy discussion the same day, with the police and health there."));
    }

    private void write(PartnershipId partnership, Plan plan) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), London.ZONE);
        Actor admin = actor("admin@enfield.example");
        Set<MemberId> group = GROUP.stream().map(e -> actor(e).memberId()).collect(Collectors.toSet());
        Set<org.lscp.workspace.domain.shared.RecommendationId> tested = recommendations
                .find(partnership, new org.lscp.workspace.domain.plan.model.PlanFilter(plan.recommendationTheme(),
                        null, null, null)).stream().map(Recommendation::requireId).collect(Collectors.toSet());
        LocalDate meets = today.minusDays(plan.meets());
        AuditProgramme programme = clock.at(at(meets.minusDays(30), 10), () -> audits.saveProgramme(admin, null,
                new SaveProgrammeCommand(plan.title(), plan.theme(), tested, today.minusDays(plan.sampleFrom()),
                        today.minusDays(plan.sampleTo()), meets, group, actor(MODERATOR).memberId()), 0));
        List<AuditCase> cases = clock.at(at(meets.minusDays(28), 10), () -> audits.drawSample(admin,
                programme.requireId(), plan.grades().size(), plan.seed()));
        for (int i = 0; i < cases.size(); i++) {
            AuditCase c = cases.get(i);
            for (String email : GROUP) {
                Actor auditor = actor(email);
                if (!c.agencies().contains(auditor.agencyId())) continue;
                clock.run(at(meets.minusDays(7), 11 + i % 5), () -> audits.writeSection(auditor, c.requireId(),
                        section(auditor.agencyName(), plan.grades().get(c.number() - 1), plan.toImprove())));
            }
            Grade overall = plan.grades().get(i);
            AuditCase graded = clock.at(at(meets, 14), () -> audits.grade(actor(GROUP.getLast()), c.requireId(),
                    c.version(), grades(overall)));
            boolean change = c.number() == plan.changedCase();
            clock.run(at(meets.plusDays(3), 9 + i), () -> audits.moderate(actor(MODERATOR), graded.requireId(),
                    graded.version(), change ? plan.changedTo() : overall, change ? plan.reason() : ""));
        }
        if (plan.theme() == AuditTheme.THRESHOLDS && !tested.isEmpty()) {
            AuditCase inadequate = cases.stream().filter(c -> c.number() == plan.changedCase()).findFirst()
                    .orElseThrow();
            clock.run(at(meets.plusDays(5), 10), () -> audits.raiseAction(actor("lead@enfield.example"),
                    inadequate.requireId(), tested.iterator().next(), "Dip-sample every disclosure of abuse decided "
                            + "below strategy discussion each month, with the police, and report to the board.",
                    actor("lead@enfield.example").memberId(), today.plusDays(45)));
        }
    }

    private static CaseCommands.Section section(String agency, Grade grade, String toImprove) {
        boolean good = grade.goodOrBetter();
        return new CaseCommands.Section(agency + " knew the family from earlier contacts and a school report.",
                good ? "Shared what it knew the same day and joined the planning." : "Shared information only when "
                        + "asked, days later.", good ? "Clear recording of the child's own words." : "",
                good ? "" : toImprove);
    }

    private static CaseCommands.Grades grades(Grade overall) {
        Map<AuditDomain, Grade> domains = new EnumMap<>(AuditDomain.class);
        for (AuditDomain d : AuditDomain.values()) {
            domains.put(d, d == AuditDomain.VOICE_OF_CHILD && overall == Grade.GOOD ? Grade.REQUIRES_IMPROVEMENT
                    : overall);
        }
        return new CaseCommands.Grades(domains, overall, "Agreed at the audit group after reading each agency's "
                + "section together.");
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(London.ZONE).toInstant();
    }

    private Actor actor(String email) {
        return members.findByEmail(email).flatMap(m -> members.activeActor(m.requireId()))
                .orElseThrow(() -> new IllegalStateException("Demo member missing: " + email));
    }
}
