package org.lscp.workspace.app.ui.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.ValidationException;

/** PARTNERSHIP_ADMIN browses the append-only audit trail, newest first, by member, record type and date. */
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("Audit trail · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class AuditTrailView extends VerticalLayout {
    static final String ALL_RECORDS = "All records";
    static final List<String> RECORD_TYPES = List.of(ALL_RECORDS, "Agency", "Member", "Bank holiday", "Inspection",
            "Recommendation", "Action", "Progress update", "Evidence");

    private final BrowseAuditTrailQuery audit;
    private final CurrentActor current;
    final ComboBox<Member> member = new ComboBox<>("Member");
    final Select<String> recordType = new Select<>();
    final ComboBox<AuditAction> action = new ComboBox<>("What happened");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private AuditFilter filter = AuditFilter.NONE;

    public AuditTrailView(BrowseAuditTrailQuery audit, ManageMembersUseCase members, CurrentActor current) {
        this.audit = audit;
        this.current = current;
        addClassName("view");
        setSizeFull();

        member.setItems(query -> members.list(current.get(),
                new MemberFilter(query.getFilter().orElse(null), null, null, null),
                new PageRequest(query.getOffset(), query.getLimit())).stream());
        member.setItemLabelGenerator(m -> m.name() + " (" + m.email() + ")");
        member.setClearButtonVisible(true);
        member.setPlaceholder("Anyone");
        recordType.setLabel("Record");
        recordType.setItems(RECORD_TYPES);
        recordType.setValue(ALL_RECORDS);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        member.addValueChangeListener(e -> applyFilter());
        recordType.addValueChangeListener(e -> applyFilter());
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditTrailView::label);
        action.setClearButtonVisible(true);
        action.setPlaceholder("Anything");
        action.addValueChangeListener(e -> applyFilter());
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());

        var toolbar = Lists.filters(Lists.width(member, 16), Lists.width(recordType, 12), Lists.width(action, 13),
                Lists.width(from, 9), Lists.width(to, 9));

        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> label(e.action()))
                .setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.entityType() + " " + e.entityId()).setHeader("Record").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> oneLine(e.before())).setHeader("Before").setFlexGrow(1)
                .setTooltipGenerator(e -> e.before() == null ? "" : e.before());
        grid.addColumn(e -> oneLine(e.after())).setHeader("After").setFlexGrow(1)
                .setTooltipGenerator(e -> e.after() == null ? "" : e.after());
        grid.setEmptyStateText("Nothing was recorded for these filters. Widen the dates or clear the filters.");
        grid.setItems(query -> audit.list(current.get(), filter, new PageRequest(query.getOffset(), query.getLimit()))
                .stream(), query -> (int) audit.count(current.get(), filter));
        grid.setSizeFull();
        Lists.dense(grid);

        add(new H1("Audit trail"), toolbar, grid);
    }

    /** "Sign in failed", "Second factor reset": the action in words. */
    static String label(AuditAction action) {
        return action.name().charAt(0) + action.name().substring(1).toLowerCase().replace('_', ' ');
    }

    /** A snapshot's lines on one line of the list ("name: X · kind: Y"); the tooltip shows them as lines. */
    static String oneLine(String snapshot) {
        return snapshot == null ? "" : snapshot.strip().replace("\n", " · ");
    }

    void applyFilter() {
        try {
            String type = ALL_RECORDS.equals(recordType.getValue()) ? null : recordType.getValue();
            filter = new AuditFilter(member.getValue() == null ? null : member.getValue().requireId(), type,
                    from.getValue(), to.getValue(), action.getValue());
            FieldErrors.clear(Map.of("to", to));
            grid.getDataProvider().refreshAll();
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("to", to));
        }
    }
}
