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
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.ImportEnquiriesUseCase;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Which;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * PARTNERSHIP_ADMIN: backfill past contacts from an Annex A List 1 file, then their section 47 enquiries from List 5, previewed row by row, all or nothing; rows
 * the workspace already has are shown as skipped, so the same file can be uploaded again safely.
 */
@Route(value = "admin/import-contacts", layout = MainLayout.class)
@PageTitle("Import contacts · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class ImportContactsView extends VerticalLayout {
    static final long MAX_BYTES = 50L * 1024 * 1024;
    private final ImportContactsUseCase importer;
    private final ImportEnquiriesUseCase enquiries;
    private final CurrentActor current;
    final RadioButtonGroup<Which> list = new RadioButtonGroup<>("Which list");
    final Paragraph about = new Paragraph();
    final Code columns = new Code();
    private final Grid.Column<ContactImport.Row> dateColumn;
    private final Grid.Column<ContactImport.Row> detailColumn;
    final Upload upload;
    final FieldMessage fileMessage = new FieldMessage();
    final Span summary = new Span();
    final Grid<ContactImport.Row> rows = new Grid<>();
    final Button commit = new Button("Import");
    private String fileName;
    private byte[] content;

    public ImportContactsView(ImportContactsUseCase importer, ImportEnquiriesUseCase enquiries,
                              CurrentActor current) {
        this.importer = importer;
        this.enquiries = enquiries;
        this.current = current;
        addClassName("view");
        list.setItems(Which.values());
        list.setItemLabelGenerator(w -> w == Which.LIST_1 ? "List 1: contacts"
                : "List 5: section 47 enquiries (after List 1)");
        list.setValue(Which.LIST_1);
        add(new H1("Import Annex A history"), list, about, new Paragraph(new Span("Columns: "), columns));
        upload = Uploads.single(MAX_BYTES, "CSV or Excel file, up to 50 MB", this::received, ".csv", ".xlsx",
                "text/csv");
        rows.addColumn(ContactImport.Row::line).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ContactImport.Row::childId).setHeader("Child Unique ID").setAutoWidth(true).setFlexGrow(0);
        dateColumn = rows.addColumn(ContactImport.Row::date).setAutoWidth(true).setFlexGrow(0);
        detailColumn = rows.addColumn(ContactImport.Row::detail).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ContactImport.Row::check).setHeader("Check").setFlexGrow(3);
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
        list.addValueChangeListener(e -> chosen());
        chosen();
    }

    /** What the chosen list's import does and reads; a file already chosen is for the other list, so it goes. */
    private void chosen() {
        boolean one = list.getValue() == Which.LIST_1;
        about.setText(one ? "Start with your history: upload the List 1 file you send Ofsted (CSV or Excel). In a "
                + "workbook of lists, the sheet named List 1 is read, with its headings wherever they stand near the "
                + "top. Imported contacts count towards repeat contacts and the Annex A export; they do not enter the "
                + "queue. Codes as Ofsted writes them, e.g. a) Male, a) WBRI, q) 6: Police, b) 1B: Acquaintance; "
                + "dates dd/mm/yyyy or as Excel dates. Contacts already in the workspace (same child, date of contact "
                + "and source) are skipped."
                : "After List 1: upload the List 5 file (CSV, or the sheet named List 5 in a workbook). Each section "
                + "47 enquiry is read onto the child's contact imported from List 1 on or before its start date: the "
                + "strategy discussion's day, the conference, the child's disability and the allocated team and "
                + "worker. The list holds no decision or agencies, and none is made up. A contact that already has a "
                + "strategy discussion is skipped.");
        columns.setText(String.join(", ", AnnexALayout.headings(list.getValue())));
        dateColumn.setHeader(one ? "Date of Contact" : "Start date");
        detailColumn.setHeader(one ? "Contact Source" : "Onto contact");
        fileName = null;
        content = null;
        commit.setEnabled(false);
        commit.setText("Import");
        rows.setVisible(false);
        summary.setText("");
    }

    private ContactImport preview(String name, byte[] data) {
        return list.getValue() == Which.LIST_1 ? importer.preview(current.get(), name, data)
                : enquiries.preview(current.get(), name, data);
    }

    void received(String name, byte[] data) {
        fileName = name;
        content = data;
        commit.setEnabled(false);
        rows.setVisible(false);
        summary.setText("");
        FieldErrors.clear(Map.of("file", fileMessage));
        if (data.length > MAX_BYTES) {
            FieldErrors.show(ValidationException.of("file", "The file is larger than 50 MB. Split it by year."),
                    Map.of("file", fileMessage));
            return;
        }
        try {
            ContactImport result = preview(name, data);
            // the problems first when there are any; otherwise the rows skipped, then those to add
            var shown = result.valid() ? result.rows().stream().sorted(java.util.Comparator.comparing(
                    ContactImport.Row::ready)).limit(1_000).toList()
                    : result.rows().stream().filter(r -> !r.errors().isEmpty()).limit(1_000).toList();
            rows.setItems(shown);
            rows.setVisible(true);
            String from = result.sheet() == null ? "" : "From the sheet \u201c" + result.sheet() + "\u201d (headings on "
                    + "row " + result.headingLine() + "): ";
            if (!result.valid()) {
                summary.setText(from + result.invalidRows() + " of " + result.rows().size() + " rows have problems "
                        + "(listed below). Correct the file and upload it again; nothing has been saved.");
            } else if (result.readyRows() == 0) {
                summary.setText(from + "nothing to import: all " + result.rows().size() + " rows are already in the "
                        + "workspace (listed below).");
            } else {
                summary.setText(from + result.readyRows() + " row(s) will be added" + (result.skippedRows() == 0 ? ""
                        : " and " + result.skippedRows() + " skipped as already in the workspace") + ". Nothing is "
                        + "saved until you import.");
                commit.setText("Import " + result.readyRows() + (result.list() == Which.LIST_1 ? " contact(s)"
                        : " enquiry(ies)"));
                commit.setEnabled(true);
            }
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("file", fileMessage));
        }
    }

    void commit() {
        try {
            ContactImport result = list.getValue() == Which.LIST_1 ? importer.commit(current.get(), fileName, content)
                    : enquiries.commit(current.get(), fileName, content);
            String done = "Imported " + result.readyRows() + (result.list() == Which.LIST_1 ? " contact(s)"
                    : " section 47 enquiry(ies)") + " from " + fileName
                    + (result.skippedRows() == 0 ? "" : "; " + result.skippedRows() + " already there, skipped") + ".";
            Notification.show(done, 6000, Notification.Position.TOP_CENTER);
            commit.setEnabled(false);
            summary.setText(done);
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("file", fileMessage));
        } catch (org.lscp.workspace.domain.shared.ConcurrentChangeException e) {
            FieldErrors.show(ValidationException.of("file", e.getMessage() + " Nothing was imported: upload the file "
                    + "again."), Map.of("file", fileMessage));
        }
    }
}
