package org.lscp.workspace.app.ui.caseaudit;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class CaseAuditNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(14, "Case audits", VaadinIcon.CLIPBOARD_USER, AuditsView.class,
                "Multi-agency case audits: sections, grades, moderation and the actions they lead to."));
    }
}
