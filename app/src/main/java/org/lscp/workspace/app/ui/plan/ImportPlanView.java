package org.lscp.workspace.app.ui.plan;

import org.lscp.workspace.domain.shared.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.app.files.SpreadsheetCells;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.Uploads;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.PlanImport;
import org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * PARTNERSHIP_ADMIN: import recommendations and actions from CSV or XLSX into an inspection. A preview lists
 * every row with its problems; nothing is saved until every row is right, and then everything is saved at once.
 */
@Route(value = "plan/import", layout = MainLayout.class)
@PageTitle("Import plan · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class ImportPlanView extends VerticalLayout {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private final ImportPlanUseCase importer;
    private final CurrentActor current;
    final ComboBox<Inspection> inspection = new ComboBox<>("Import into");
    final Upload upload;
    final FieldMessage fileMessage = new FieldMessage();
    final Span summary = new Span();
    final Grid<PlanImport.Row> rows = new Grid<>();
    final Button commit = new Button("Import");
    private String fileName;
    private byte[] content;

    public ImportPlanView(ImportPlanUseCase importer, ManageInspectionsUseCase inspections, CurrentActor current) {
        this.importer = importer;
        this.current = current;
        addClassName("view");
        add(new H1("Import plan"));
        add(new Paragraph("Upload a CSV (UTF-8) or Excel (.xlsx) file with one row per action. The first row names "
                + "the columns; a recommendation's columns repeat on each of its actions' rows. Dates are dd/mm/yyyy."),
                new Paragraph(new Span("Columns: "), new Code(String.join(", ", ImportPlanUseCase.COLUMNS))));
        add(new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] template = template();
            return new DownloadResponse(new ByteArrayInputStream(template), "plan-import-template.csv", "text/csv",
                    template.length);
        }), "Download a template (CSV)"));

        inspection.setItems(inspections.list(current.get()));
        inspection.setItemLabelGenerator(Inspection::title);
        inspection.setWidth("36rem");
        inspection.setHelperText("Add the inspection or review on the improvement plan page first.");
        inspection.addValueChangeListener(e -> preview());
        upload = Uploads.single(MAX_BYTES, "CSV or Excel file, up to 5 MB", this::received, ".csv", ".xlsx",
                "text/csv");

        rows.addColumn(PlanImport.Row::line).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(PlanImport.Row::recommendationNumber).setHeader("Rec.").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> Text.shorten(r.action(), 140)).setHeader("Action").setFlexGrow(2);
        rows.addColumn(r -> r.errors().isEmpty() ? "Ready" : String.join(" ", r.errors())).setHeader("Check")
                .setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.errors().isEmpty() ? null : "invalid-row");
        rows.setAllRowsVisible(true);
        rows.setVisible(false);
        rows.setAriaLabel("Rows of the file and their problems");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        summary.getElement().setAttribute("role", "status");
        add(inspection, upload, fileMessage, summary, rows, commit);
    }

    void received(String name, byte[] data) {
        fileName = name;
        content = data;
        preview();
    }

    void preview() {
        commit.setEnabled(false);
        rows.setVisible(false);
        summary.setText("");
        FieldErrors.clear(Map.of("file", fileMessage, "inspection", inspection));
        if (content == null || inspection.getValue() == null) return;
        if (content.length > MAX_BYTES) {
            FieldErrors.show(ValidationException.of("file", "The file is larger than 5 MB. Split it into smaller files."),
                    Map.of("file", fileMessage));
            return;
        }
        try {
            PlanImport result = importer.preview(current.get(), inspection.getValue().requireId(), fileName, content);
            rows.setItems(result.rows());
            rows.setVisible(true);
            if (result.valid()) {
                summary.setText("All " + result.rows().size() + " rows are ready: " + result.recommendations()
                        + " recommendation(s) and " + result.actions() + " action(s). Nothing is saved until you import.");
                commit.setText("Import " + result.recommendations() + " recommendation(s) and " + result.actions()
                        + " action(s)");
                commit.setEnabled(true);
            } else {
                summary.setText(result.invalidRows() + " of " + result.rows().size() + " rows have problems, listed "
                        + "below. Correct the file and upload it again; nothing has been saved.");
            }
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("file", fileMessage, "inspection", inspection));
        }
    }

    void commit() {
        try {
            PlanImport result = importer.commit(current.get(), inspection.getValue().requireId(), fileName, content);
            Notification.show("Imported " + result.recommendations() + " recommendation(s) and " + result.actions()
                    + " action(s).", 6000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(PlanOverviewView.class));
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("file", fileMessage, "inspection", inspection));
            preview();
        }
    }

    /** The template: the columns and one example row, written as every CSV the workspace writes (inert cells). */
    static byte[] template() {
        return SpreadsheetCells.csv(List.of(ImportPlanUseCase.COLUMNS, List.of("1",
                "Ensure thresholds are applied consistently for children at risk of significant harm", "THRESHOLDS",
                "lead@enfield.example", "Re-audit 20 MASH decisions each month", "lead@enfield.example", "31/01/2027",
                "NOT_STARTED")));
    }
}
