package org.lscp.workspace.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.springframework.stereotype.Component;

/** Creates a small plan through the use cases, as the Enfield admin, for the app's tests. */
@Component
public class PlanFixture {
    private final SignInUseCase signIn;
    private final ManageInspectionsUseCase inspections;
    private final ManageRecommendationsUseCase recommendations;
    private final ManageActionsUseCase actions;
    private final ViewPlanQuery plan;
    private final java.time.Clock clock;

    public PlanFixture(SignInUseCase signIn, ManageInspectionsUseCase inspections,
                       ManageRecommendationsUseCase recommendations, ManageActionsUseCase actions, ViewPlanQuery plan,
                       java.time.Clock clock) {
        this.clock = clock;
        this.signIn = signIn;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.actions = actions;
        this.plan = plan;
    }

    public record Plan(Inspection inspection, Recommendation recommendation, ImprovementAction action) {
    }

    public Actor admin() {
        return DemoActors.actor(signIn, "admin@enfield.example");
    }

    public MemberRef lead(String email) {
        return plan.leadOfficers(admin()).stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
    }

    public Inspection inspection(String title) {
        return inspections.create(admin(), new SaveInspectionCommand("Ofsted", InspectionType.MONITORING_VISIT, title,
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), null, List.of(), "", "Thresholds"));
    }

    /** Moves a recommendation to EVIDENCED, as the admin. */
    public Recommendation evidence(Recommendation recommendation) {
        Recommendation moved = recommendations.changeStatus(admin(), recommendation.requireId(), recommendation.version(),
                org.lscp.workspace.domain.plan.model.RecommendationStatus.IN_PROGRESS);
        return recommendations.changeStatus(admin(), moved.requireId(), moved.version(),
                org.lscp.workspace.domain.plan.model.RecommendationStatus.EVIDENCED);
    }

    /** An inspection with one recommendation led by {@code leadEmail}, and one action due in ten days. */
    public Plan create(String title, String leadEmail, Theme theme) {
        Actor admin = admin();
        Inspection inspection = inspection(title);
        MemberRef lead = lead(leadEmail);
        Recommendation recommendation = recommendations.create(admin, new SaveRecommendationCommand(
                inspection.requireId(), 1, "Make sure children who disclose abuse are taken to a strategy discussion ("
                + title + ")", theme, lead.id(), Set.of(), List.of(new SuccessMeasure(
                org.lscp.workspace.domain.plan.model.MeasureRef.computed("DISCLOSURES_TO_STRATEGY"),
                "Disclosures progressed to strategy discussion", "100%"))));
        ImprovementAction action = actions.add(admin, recommendation.requireId(), new SaveActionCommand(
                "Re-audit disclosures decided below strategy discussion (" + title + ")", lead.id(), Set.of(),
                org.lscp.workspace.domain.shared.London.today(clock).plusDays(10), ActionStatus.ON_TRACK));
        return new Plan(inspection, recommendation, action);
    }
}
