package org.lscp.workspace.app.ui.returns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.ReturnDue;
import org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase;
import org.lscp.workspace.domain.shared.London;

/**
 * An agency's data returns: each measure its agency returns, for each of the last periods — late ones first, then
 * those due, then those in — with the figure, who returned it and from where; return or correct one in a dialog.
 */
@Route(value = "returns", layout = MainLayout.class)
@PageTitle("Data returns · Safeguarding Partnership Workspace")
@RolesAllowed({"LINE_MANAGER", "SENIOR_MANAGER", "LEAD_OFFICER", "MASH_MANAGER", "PARTNERSHIP_ADMIN"})
public class DataReturnsView extends VerticalLayout {
    private final DataReturnsUseCase returns;
    private final CurrentActor current;
    final Grid<ReturnDue> grid = new Grid<>(ReturnDue.class, false);
    final Paragraph summary = new Paragraph();
    /** The returns as last shown: the dialog reads the source last used from them, not from a second query. */
    private List<ReturnDue> shown = List.of();

    public DataReturnsView(DataReturnsUseCase returns, CurrentActor current) {
        this.returns = returns;
        this.current = current;
        addClassName("view");
        setSizeFull();
        // one cell a return, read like a card (name; period and status; the figure), so it works on a phone too
        grid.addComponentColumn(this::cell).setHeader("Return").setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button act = new Button(d.current() == null ? "Return figure" : "Correct", e -> open(d));
            act.addThemeVariants(d.current() == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
            act.setAriaLabel((d.current() == null ? "Return " : "Correct ") + d.measure().name() + " for "
                    + d.period().label());
            return act;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Your agency has no data returns to make. The partnership admin names the measures "
                + "each agency returns, and their officer.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H1("Data returns"), summary, grid);
        refresh();
    }

    private Div cell(ReturnDue d) {
        Div name = new Div(d.measure().name());
        name.addClassName("return-name");
        Div when = new Div(new Span(d.period().label() + " "), status(d));
        Div cell = new Div(name, when, figure(d));
        cell.addClassName("return-cell");
        return cell;
    }

    private Span status(ReturnDue d) {
        if (d.late()) return Badges.of("Late since " + London.format(d.due().plusDays(1)), "error");
        if (d.current() != null) return Badges.of(d.current().correction() ? "Corrected" : "Returned", "success");
        return Badges.of("Due by " + London.format(d.due()), "contrast");
    }

    private Div figure(ReturnDue d) {
        Div cell = new Div();
        DataReturn r = d.current();
        if (r == null) {
            cell.setText("Not returned yet");
            return cell;
        }
        cell.setText(SubmitReturnDialog.figure(d.measure(), r) + " \u2014 " + r.byName() + ", "
                + London.format(r.at()) + ", from " + r.sourceSystem());
        return cell;
    }

    private void refresh() {
        List<ReturnDue> due = returns.due(current.get());
        shown = due;
        long late = due.stream().filter(ReturnDue::late).count();
        summary.setText(due.isEmpty() ? "" : late == 0 ? "No return is late." : late + (late == 1
                ? " return is late: it shows as late on the board until it is in." : " returns are late: they show "
                + "as late on the board until they are in."));
        grid.setItems(due);
    }

    void open(ReturnDue due) {
        String lastSource = shown.stream().filter(d -> d.measure().equals(due.measure())
                && d.current() != null).map(d -> d.current().sourceSystem()).findFirst().orElse(null);
        SubmitReturnDialog dialog = new SubmitReturnDialog(due, lastSource,
                command -> returns.submit(current.get(), command));
        dialog.onSaved(saved -> {
            Notification.show((saved.correction() ? "Corrected: " : "Returned: ") + due.measure().name() + ", "
                    + due.period().label() + ".");
            refresh();
        });
        dialog.open();
    }
}
