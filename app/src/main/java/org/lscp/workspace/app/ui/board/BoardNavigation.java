package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class BoardNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(7, "Board assurance", VaadinIcon.CHART, DashboardView.class,
                        "Live measures against each recommendation, from the agencies' own records; assurance judgements."),
                new Entry(86, "Annex A export", VaadinIcon.DOWNLOAD, AnnexAExportView.class,
                        "Ofsted's Annex A lists 1, 3 and 5 for a period, from the workspace's records."));
    }
}
