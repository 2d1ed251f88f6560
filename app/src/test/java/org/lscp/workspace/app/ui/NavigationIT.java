package org.lscp.workspace.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.partnership.AgencyListView;

/** The side navigation and home page follow the member's roles; an admin address typed by others is refused. */
@WorkspaceTest
class NavigationIT extends SpringBrowserlessTest {

    @Test
    @WithMember("admin@enfield.example")
    void anAdminSeesTheAdministrationViews() {
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("Home", "Escalations", "Board assurance", "Improvement plan", "Import plan",
                "Data returns", "Case audits", "Section 11", "Agencies", "Members", "Bank holidays", "Timescales", "Single sign-on",
                "Import contacts", "Annex A export", "Data-return measures", "Audit trail", "Access log");
        assertThat($(H1.class).first().getText()).endsWith(", Alex");
    }

    @Test
    @WithMember("police@enfield.example")
    void aPractitionerSeesNoAdministrationAndIsRefusedTheAdminAddress() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Record a contact", "Contacts", "Checks for my agency",
                "Escalations", "Improvement plan", "Case audits", "Section 11");

        navigate("admin/agencies", AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("You do not have access to this page");
        assertThat($(AgencyListView.class).exists()).isFalse();
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void aMashManagerSeesTheFlagsAndTheDecisionsAwaitingOversightNextToTheQueue() {
        navigate(HomeView.class);
        assertThat(menu()).startsWith("Home", "Record a contact", "Contacts", "Flags", "Awaiting oversight",
                "Checks for my agency", "Escalations");
    }

    @Test
    @WithMember("lead@enfield.example")
    void aLeadOfficerSeesTheirActions() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Board assurance", "Improvement plan", "My actions",
                "Data returns", "Case audits", "Section 11");
    }

    private java.util.List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
