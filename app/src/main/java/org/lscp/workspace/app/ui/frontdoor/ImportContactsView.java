package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.Uploads;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/** PARTNERSHIP_ADMIN: backfill past contacts from an Annex A List 1 file, previewed row by row, all or nothing. */
@Route(value = "admin/import-contacts", layout = MainLayout.class)
@PageTitle("Import contacts · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
public class ImportContactsView extends VerticalLayout {
    static final long MAX_BYTES = 50L * 1024 * 1024;
    private final ImportContactsUseCase importer;
    private final CurrentActor current;
    final Upload upload;
    final FieldMessage fileMessage = new FieldMessage();
    final Span summary = new Span();
    final Grid<ContactImport.Row> rows = new Grid<>();
    final Button commit = new Button("Import");
    private String fileName;
    private byte[] content;

    public ImportContactsView(ImportContactsUseCase importer, CurrentActor current) {
        this.importer = importer;
        this.current = current;
        addClassName("view");
        add(new H1("Import contacts (Annex A List 1)"),
                new Paragraph("Start with your history: upload the List 1 file you send Ofsted (CSV or Excel). "
                        + "Imported contacts count towards repeat contacts and the board's measures; they do not enter "
                        + "the queue. Codes as Ofsted writes them, e.g. a) Male, a) WBRI, q) 6: Police; dates dd/mm/yyyy."),
                new Paragraph(new Span("Columns: "), new Code(String.join(", ", AnnexA.LIST_1))));
        upload = Uploads.single(MAX_BYTES, "CSV or Excel file, up to 50 MB", this::received, ".csv", ".xlsx",
                "text/csv");
        rows.addColumn(ContactImport.Row::line).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ContactImport.Row::childId).setHeader("Child Unique ID").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ContactImport.Row::contactDate).setHeader("Date of Contact").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> r.errors().isEmpty() ? "Ready" : String.join(" ", r.errors())).setHeader("Check")
                .setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.errors().isEmpty() ? null : "invalid-row");
        rows.setItems(java.util.List.of());
        rows.setVisible(false);
        rows.setAriaLabel("Rows of the file and their problems");
        rows.setHeight("28rem");
        summary.getElement().setAttribute("role", "status");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        add(upload, fileMessage, summary, rows, commit);
    }

    void received(String name, byte[] data) {
        fileName = name;
        content = data;
        commit.setEnabled(false);
        rows.setVisible(false);
        FieldErrors.clear(Map.of("file", fileMessage));
        if (data.length > MAX_BYTES) {
            FieldErrors.show(ValidationException.of("file", "The file is larger than 50 MB. Split it by year."),
                    Map.of("file", fileMessage));
            return;
        }
        try {
            ContactImport result = importer.preview(current.get(), name, data);
            var shown = result.valid() ? result.rows().subList(0, Math.min(200, result.rows().size()))
                    : result.rows().stream().filter(r -> !r.errors().isEmpty()).limit(1_000).toList();
            rows.setItems(shown);
            rows.setVisible(true);
            if (result.valid()) {
                summary.setText("All " + result.rows().size() + " rows are ready. Nothing is saved until you import.");
                commit.setText("Import " + result.rows().size() + " contact(s)");
                commit.setEnabled(true);
            } else {
                summary.setText(result.invalidRows() + " of " + result.rows().size() + " rows have problems (listed "
                        + "below). Correct the file and upload it again; nothing has been saved.");
            }
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("file", fileMessage));
        }
    }

    void commit() {
        try {
            ContactImport result = importer.commit(current.get(), fileName, content);
            Notification.show("Imported " + result.rows().size() + " contact(s).", 6000, Notification.Position.TOP_CENTER);
            commit.setEnabled(false);
            summary.setText("Imported " + result.rows().size() + " contact(s) from " + fileName + ".");
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("file", fileMessage));
        }
    }
}
