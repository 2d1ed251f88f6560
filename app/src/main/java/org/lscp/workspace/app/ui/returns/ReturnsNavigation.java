package org.lscp.workspace.app.ui.returns;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class ReturnsNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry(13, "Data returns", VaadinIcon.TABLE, DataReturnsView.class,
                        "Return your agency's figures for the board each period, with their source."),
                new Entry(87, "Data-return measures", VaadinIcon.CLIPBOARD_CHECK, ReturnMeasuresView.class,
                        "Define the figures agencies return, who returns them and how often."));
    }
}
