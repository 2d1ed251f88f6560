package org.lscp.workspace.app.ui.section11;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class Section11Navigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(15, "Section 11", VaadinIcon.GRID_BIG, Section11View.class,
                "Agencies' Section 11 self-assessments, the challenge panel and the heat map."));
    }
}
