package org.lscp.workspace.app.ui.caseaudit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.caseaudit.model.AuditPermissions;

/**
 * The partnership's multi-agency case audits, newest meeting first: the admin, the chair, lead officers and managers
 * see them all; an auditor sees those they audit. The admin sets up a new one.
 */
@Route(value = "audits", layout = MainLayout.class)
@PageTitle("Case audits · Safeguarding Partnership Workspace")
@PermitAll
public class AuditsView extends VerticalLayout {
    private final CaseAuditUseCase audits;
    private final CurrentActor current;
    final Grid<AuditProgramme> grid = new Grid<>(AuditProgramme.class, false);
    final Button add = new Button("New case audit", VaadinIcon.PLUS.create());

    public AuditsView(CaseAuditUseCase audits, ViewPlanQuery plan, ManageMembersUseCase members,
                      ManageAgenciesUseCase agencies, CurrentActor current) {
        this.audits = audits;
        this.current = current;
        addClassName("view");
        setSizeFull();
        grid.addColumn(AuditProgramme::title).setHeader("Audit").setFlexGrow(3);
        grid.addColumn(p -> p.theme().label()).setHeader("Theme").setFlexGrow(1);
        grid.addColumn(p -> Formats.date(p.meetsOn())).setHeader("Group meets").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AuditProgrammeView.class,
                e.getItem().requireId())));
        grid.addComponentColumn(p -> {
            Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(AuditProgrammeView.class,
                    p.requireId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open " + p.title());
            return open;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(AuditPermissions.runsAudits(current.get())
                ? "No case audits yet. Set one up with New case audit: its theme, the recommendations it tests, "
                + "the period its sample is drawn from and its auditors."
                : "No case audits to show. The partnership admin sets them up; auditors see those they audit.");
        grid.setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(AuditPermissions.runsAudits(current.get()));
        add.addClickListener(e -> {
            List<ProgrammeDialog.Rec> recs = plan.overview(current.get(), PlanFilter.NONE).stream()
                    .flatMap(s -> s.recommendations().stream().map(r -> new ProgrammeDialog.Rec(
                            r.recommendation().requireId(), s.inspection().cite(r.recommendation().number())
                            + " \u2014 " + org.lscp.workspace.domain.shared.Text.shorten(r.recommendation().text(),
                            70)))).toList();
            List<Member> active = members.list(current.get(), new MemberFilter(null, null, null, true),
                    PageRequest.first(PageRequest.MAX_LIMIT));
            Map<Long, String> names = agencies.all(current.get()).stream().collect(Collectors.toMap(
                    a -> a.requireId().value(), Agency::name));
            ProgrammeDialog dialog = new ProgrammeDialog(null, recs, active, names,
                    command -> audits.saveProgramme(current.get(), null, command, 0));
            dialog.onSaved(saved -> getUI().ifPresent(ui -> ui.navigate(AuditProgrammeView.class,
                    saved.requireId())));
            dialog.open();
        });
        add(new H1("Case audits"), new Paragraph("Multi-agency case audits: each agency that knew the child "
                + "completes its section, the group grades the practice, a moderator confirms the grade, and "
                + "findings become actions on the improvement plan."), add, grid);
        grid.setItems(audits.programmes(current.get()));
    }
}
