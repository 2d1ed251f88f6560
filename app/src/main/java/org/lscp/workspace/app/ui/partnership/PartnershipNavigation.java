package org.lscp.workspace.app.ui.partnership;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class PartnershipNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry(80, "Agencies", VaadinIcon.OFFICE, AgencyListView.class,
                        "Add and edit the partner agencies of your partnership."),
                new Entry(81, "Members", VaadinIcon.USERS, MemberListView.class,
                        "Add members, assign their roles, deactivate leavers."),
                new Entry(82, "Bank holidays", VaadinIcon.CALENDAR, BankHolidaysView.class,
                        "The days that do not count as working days for deadlines."));
    }
}
