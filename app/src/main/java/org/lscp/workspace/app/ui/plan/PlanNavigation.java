package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class PlanNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry(10, "Improvement plan", VaadinIcon.CLIPBOARD_CHECK, PlanOverviewView.class,
                        "Every recommendation the inspectors made, with its actions, progress and evidence."),
                new Entry(11, "My actions", VaadinIcon.TASKS, MyActionsView.class,
                        "The improvement actions you lead: overdue, due this week and later."),
                new Entry(12, "Import plan", VaadinIcon.UPLOAD, ImportPlanView.class,
                        "Bring recommendations and actions in from a spreadsheet, checked row by row."));
    }
}
