package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/** Ofsted Annex A lists 1, 3 and 5 for a period, as one workbook or a CSV per list. */
@Route(value = "admin/annex-a", layout = MainLayout.class)
@PageTitle("Annex A export · Safeguarding Partnership Workspace")
@RolesAllowed({"PARTNERSHIP_ADMIN", "MASH_MANAGER"})
class AnnexAExportView extends VerticalLayout {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final AnnexAExportUseCase export;
    private final CurrentActor current;
    final DatePicker from = new DatePicker("Contacts received from");
    final DatePicker to = new DatePicker("To");
    final List<Anchor> downloads = new ArrayList<>();

    public AnnexAExportView(AnnexAExportUseCase export, CurrentActor current, java.time.Clock clock) {
        this.export = export;
        this.current = current;
        addClassName("view");
        Period year = Period.yearTo(London.today(clock));
        from.setValue(year.from());
        to.setValue(year.to());
        from.addValueChangeListener(e -> check());
        to.addValueChangeListener(e -> check());
        HorizontalLayout period = new HorizontalLayout(from, to);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        downloads.add(download("Lists 1, 3 and 5 (Excel workbook)", "annex-a", "xlsx", XLSX,
                () -> export.xlsx(current.get(), period())));
        for (AnnexAList list : AnnexAList.values()) {
            downloads.add(download(list.sheet() + " (CSV)", "annex-a-" + list.name().toLowerCase().replace('_', '-'),
                    "csv", "text/csv", () -> export.csv(current.get(), period(), list)));
        }
        VerticalLayout links = new VerticalLayout();
        links.setPadding(false);
        downloads.forEach(links::add);
        add(new H1("Annex A export"), new Paragraph("Ofsted's Annex A lists from the contacts and decisions "
                + "recorded here: List 1 contacts, List 3 referrals (decisions at a child in need assessment or more) "
                + "and List 5 section 47 enquiries (strategy discussions), with Ofsted's headings and codes. The "
                + "workspace does not hold disability, conferences or allocated workers: those cells are left empty "
                + "for your case system. The files name children: every export is written to the access log."),
                period, links);
    }

    private Anchor download(String text, String name, String extension, String type, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(org.lscp.workspace.app.ui.Downloads.of(() -> {
            byte[] file = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(file), name + "-" + from.getValue() + "-to-"
                    + to.getValue() + "." + extension, type, file.length);
        }), text);
        anchor.setDownload(true);
        return anchor;
    }

    Period period() {
        return new Period(from.getValue(), to.getValue());
    }

    void check() {
        Map<String, DatePicker> fields = Map.of("from", from, "to", to);
        try {
            period();
            FieldErrors.clear(fields);
            downloads.forEach(a -> a.setEnabled(true));
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
            downloads.forEach(a -> a.setEnabled(false));
        }
    }
}
