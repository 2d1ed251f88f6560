package org.lscp.workspace.app.ui.partnership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.PageRequest;

/** PARTNERSHIP_ADMIN: the partnership's agencies, paged and filterable; add and edit in a dialog. */
@Route(value = "admin/agencies", layout = MainLayout.class)
@PageTitle("Agencies · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
public class AgencyListView extends VerticalLayout {
    private final ManageAgenciesUseCase agencies;
    private final CurrentActor current;
    final TextField search = new TextField("Name contains");
    final ComboBox<AgencyKind> kind = new ComboBox<>("Kind");
    final Grid<Agency> grid = new Grid<>(Agency.class, false);
    final Button add = new Button("Add agency", VaadinIcon.PLUS.create());

    public AgencyListView(ManageAgenciesUseCase agencies, CurrentActor current) {
        this.agencies = agencies;
        this.current = current;
        addClassName("view");
        setSizeFull();

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(AgencyKind::label);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("All kinds");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));

        HorizontalLayout toolbar = new HorizontalLayout(search, kind, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");

        grid.addColumn(Agency::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(Agency::shortName).setHeader("Short name").setFlexGrow(1);
        grid.addColumn(a -> a.kind().label()).setHeader("Kind").setFlexGrow(1);
        grid.addColumn(a -> a.statutoryPartner() ? "Yes" : "No").setHeader("Statutory partner").setFlexGrow(0)
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button edit = new Button("Edit", e -> open(a));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit " + a.name());
            return edit;
        }).setHeader("Actions").setFlexGrow(0).setAutoWidth(true);
        grid.setEmptyStateText("No agencies match these filters. Clear the filters, or add an agency.");
        grid.setItems(query -> agencies.list(current.get(), filter(),
                        new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) agencies.count(current.get(), filter()));
        grid.setSizeFull();

        add(new H1("Agencies"), toolbar, grid);
    }

    private AgencyFilter filter() {
        return new AgencyFilter(search.getValue(), kind.getValue());
    }

    void open(Agency agency) {
        AgencyDialog dialog = new AgencyDialog(agency, command -> agency == null
                ? agencies.create(current.get(), command)
                : agencies.update(current.get(), agency.requireId(), agency.version(), command));
        dialog.onSaved(saved -> grid.getDataProvider().refreshAll());
        dialog.open();
    }
}
