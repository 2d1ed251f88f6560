package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.lscp.workspace.app.ui.NavigationEntries;
import org.springframework.stereotype.Component;

@Component
class FrontDoorNavigation implements NavigationEntries {
    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry(1, "Record a contact", VaadinIcon.PLUS_CIRCLE, RecordContactView.class,
                        "Tell the MASH about a concern for a child, once, from your agency."),
                new Entry(2, "Contacts", VaadinIcon.INBOX, ContactQueueView.class,
                        "Contacts by decision deadline, with the time left and their flags."),
                new Entry(3, "Flags", VaadinIcon.FLAG, FlagsView.class,
                        "Contacts the rules flagged: disclosures not progressed first, then the newest."),
                new Entry(4, "Awaiting oversight", VaadinIcon.USER_CHECK, OversightView.class,
                        "Decisions waiting for another manager's oversight, oldest first."),
                new Entry(5, "Checks for my agency", VaadinIcon.SEARCH, ChecksView.class,
                        "What the MASH asked your agency to check, and your answers."),
                new Entry(85, "Import contacts", VaadinIcon.UPLOAD_ALT, ImportContactsView.class,
                        "Start with your history: past contacts from your Annex A List 1 file."),
                new Entry(91, "Access log", VaadinIcon.EYE, AccessLogView.class,
                        "Who opened which child's record, and when — including refusals."));
    }
}
