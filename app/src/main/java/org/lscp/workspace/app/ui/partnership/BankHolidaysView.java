package org.lscp.workspace.app.ui.partnership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.partnership.port.in.ManageBankHolidaysUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/** PARTNERSHIP_ADMIN: the bank holidays every working-day deadline is counted around. */
@Route(value = "admin/bank-holidays", layout = MainLayout.class)
@PageTitle("Bank holidays · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class BankHolidaysView extends VerticalLayout {
    private final ManageBankHolidaysUseCase holidays;
    private final CurrentActor current;
    final Select<Integer> year = new Select<>();
    final DatePicker day = new DatePicker("Date");
    final TextField name = new TextField("Name");
    final Button add = new Button("Add bank holiday");
    final Grid<BankHoliday> grid = new Grid<>();

    public BankHolidaysView(ManageBankHolidaysUseCase holidays, CurrentActor current, java.time.Clock clock) {
        this.holidays = holidays;
        this.current = current;
        addClassName("view");
        add(new H1("Bank holidays"), new Paragraph("Deadlines count working days: Monday to Friday except these "
                + "days. The England and Wales bank holidays are filled in; add local closures or new holidays here."));
        int thisYear = London.today(clock).getYear();
        year.setLabel("Year");
        year.setItems(List.of(thisYear - 1, thisYear, thisYear + 1, thisYear + 2));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        name.setMaxLength(80);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addHoliday());
        HorizontalLayout form = new HorizontalLayout(day, name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(h -> Formats.date(h.day())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))
                .setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BankHoliday::name).setHeader("Name");
        grid.addComponentColumn(h -> {
            Button remove = new Button("Remove", e -> {
                holidays.remove(current.get(), h.day());
                Notification.show(Formats.date(h.day()) + " is a working day again.");
                refresh();
            });
            remove.setAriaLabel("Remove " + h.name() + " " + Formats.date(h.day()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No bank holidays recorded for this year. Add them above.");
        add(year, form, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(holidays.list(current.get()).stream().filter(h -> h.day().getYear() == year.getValue()).toList());
    }

    void addHoliday() {
        try {
            holidays.add(current.get(), new BankHoliday(day.getValue(), name.getValue()));
            FieldErrors.clear(Map.of("day", day, "name", name));
            if (day.getValue() != null) year.setValue(day.getValue().getYear());
            day.clear();
            name.clear();
            refresh();
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("day", day, "name", name));
        }
    }
}
