package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class HomeNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(0, "Home", VaadinIcon.HOME, HomeView.class, "Your start page"));
    }
}
