package org.lscp.workspace.app.ui.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
@WithMember("admin@enfield.example")
class ImportContactsViewIT extends SpringBrowserlessTest {
    static final String HEADER = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,"
            + "Contact Source\n";
    @Autowired FrontDoorQuery query;
    @Autowired SignInUseCase signIn;

    @Test
    void anUnknownSourceCodeIsReportedOnItsRowAndNothingIsSaved() {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("list1.csv", (HEADER + "IMPV-1,a) Male,a) WBRI,01/02/2015,10,03/03/2025,q) 6: Police\n"
                + "IMPV-1,a) Male,a) WBRI,01/02/2015,10,04/03/2025,z) 42: Nobody\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(test(view.rows).size()).isEqualTo(1);
        assertThat(test(view.rows).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(view.rows).getCellText(0, 3)).contains("z) 42: Nobody");
        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        assertThat(query.childHistory(manager, "IMPV-1")).isEmpty();
    }

    @Test
    void aValidListOneFileBecomesTheChildsHistory() {
        ImportContactsView view = navigate(ImportContactsView.class);
        view.received("list1.csv", (HEADER + "IMPV-2,b) Female,s) NOBT,,,03/03/2025,q) 6: Police\n"
                + "IMPV-2,b) Female,s) NOBT,,,04/06/2025,c) 3A: GP\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.commit.isEnabled()).isTrue();
        test(view.commit).click();

        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        assertThat(query.childHistory(manager, "IMPV-2")).hasSize(2)
                .allSatisfy(c -> assertThat(c.decided()).isTrue());
    }
}
