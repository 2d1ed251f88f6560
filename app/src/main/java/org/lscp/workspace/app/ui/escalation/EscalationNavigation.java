package org.lscp.workspace.app.ui.escalation;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class EscalationNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(6, "Escalations", VaadinIcon.EXCHANGE, EscalationsView.class,
                "Professional disagreements between agencies: raised by you, raised with you, and overdue stages."));
    }
}
