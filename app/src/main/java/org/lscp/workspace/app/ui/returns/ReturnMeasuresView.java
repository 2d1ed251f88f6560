package org.lscp.workspace.app.ui.returns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.port.in.ReturnMeasuresUseCase;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;

/**
 * PARTNERSHIP_ADMIN: the figures agencies return — those still to define first (measures migrated from a plan's old
 * wording have no agency, officer or definition yet), then by name; add and define them in a dialog.
 */
@Route(value = "admin/data-return-measures", layout = MainLayout.class)
@PageTitle("Data-return measures · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
public class ReturnMeasuresView extends VerticalLayout {
    private final ReturnMeasuresUseCase measures;
    private final ManageAgenciesUseCase agencies;
    private final ManageMembersUseCase members;
    private final CurrentActor current;
    final Grid<ReturnMeasure> grid = new Grid<>(ReturnMeasure.class, false);
    final Paragraph toDefine = new Paragraph();
    final Button add = new Button("Add measure", VaadinIcon.PLUS.create());
    private Map<AgencyId, String> agencyNames = Map.of();
    private Map<MemberId, String> memberNames = Map.of();

    public ReturnMeasuresView(ReturnMeasuresUseCase measures, ManageAgenciesUseCase agencies,
                              ManageMembersUseCase members, CurrentActor current) {
        this.measures = measures;
        this.agencies = agencies;
        this.members = members;
        this.current = current;
        addClassName("view");
        setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        grid.addComponentColumn(m -> m.ready() ? Badges.of("Defined", "success") : Badges.of("To define", "error"))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReturnMeasure::name).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(m -> m.agency() == null ? "\u2014" : agencyNames.getOrDefault(m.agency(), ""))
                .setHeader("Returned by").setFlexGrow(2);
        grid.addColumn(m -> m.officer() == null ? "\u2014" : memberNames.getOrDefault(m.officer(), ""))
                .setHeader("Officer").setFlexGrow(1);
        grid.addColumn(m -> m.frequency().label() + "; due " + m.daysToReturn() + " days after")
                .setHeader("How often").setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Button edit = new Button(m.ready() ? "Edit" : "Define", e -> open(m));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel((m.ready() ? "Edit " : "Define ") + m.name());
            return edit;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No data-return measures yet. Add one for each figure an agency returns, such as "
                + "social work caseloads or supervision held in time.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H1("Data-return measures"), new Paragraph("Figures the partnership cannot count from its records, "
                + "returned each period by a named officer of the agency that holds them. A recommendation's success "
                + "measure can be one of these."), toDefine, add, grid);
        refresh();
    }

    private void refresh() {
        List<ReturnMeasure> all = measures.measures(current.get());
        agencyNames = agencies.all(current.get()).stream().collect(Collectors.toMap(Agency::requireId, Agency::name));
        memberNames = members.list(current.get(), MemberFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT))
                .stream().collect(Collectors.toMap(Member::requireId, Member::name));
        long waiting = all.stream().filter(m -> !m.ready()).count();
        toDefine.setText(waiting == 0 ? "" : waiting + (waiting == 1 ? " measure is" : " measures are")
                + " still to define: say what is counted, which agency returns it and who its officer is. Until "
                + "then the board sees no figure for " + (waiting == 1 ? "it." : "them."));
        toDefine.setVisible(waiting > 0);
        toDefine.addClassName("form-problem");
        grid.setItems(all);
    }

    void open(ReturnMeasure measure) {
        ReturnMeasureDialog dialog = new ReturnMeasureDialog(measure, agencies.all(current.get()),
                agency -> members.list(current.get(), new MemberFilter(null, agency.requireId(), null, true),
                        PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                        .filter(m -> m.roles().stream().anyMatch(ReturnMeasure.OFFICERS::contains)).toList(),
                command -> measures.save(current.get(), measure == null ? null : measure.requireId(), command,
                        measure == null ? 0 : measure.version()));
        dialog.onSaved(saved -> refresh());
        dialog.open();
    }
}
