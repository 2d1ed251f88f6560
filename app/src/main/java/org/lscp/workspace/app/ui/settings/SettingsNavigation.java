package org.lscp.workspace.app.ui.settings;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class SettingsNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(83, "Timescales", VaadinIcon.TIMER, SettingsView.class,
                "How long decisions and each escalation stage may take, in working hours and days."),
                new Entry(84, "Single sign-on", VaadinIcon.KEY, SingleSignOnView.class,
                        "Let members sign in with their organisation's account, e.g. Microsoft Entra ID."));
    }
}
