package org.lscp.workspace.app.ui.audit;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(90, "Audit trail", VaadinIcon.RECORDS, AuditTrailView.class,
                "Every change: who made it, when, and what it was before and after."));
    }
}
