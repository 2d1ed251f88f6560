package org.lscp.workspace.app.ui.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;

@WorkspaceTest
@WithMember("admin@enfield.example")
class BankHolidaysViewIT extends SpringBrowserlessTest {

    @Test
    void showsTheEnglandAndWalesHolidaysAndAddsALocalClosure() {
        BankHolidaysView view = navigate(BankHolidaysView.class);
        test(view.year).selectItem("2027");
        assertThat(test(view.grid).size()).isEqualTo(8);

        test(view.day).setValue(LocalDate.of(2027, 12, 24));
        test(view.name).setValue("Christmas Eve closure");
        test(view.add).click();
        assertThat(test(view.grid).size()).isEqualTo(9);

        test(view.day).setValue(LocalDate.of(2027, 12, 24));
        test(view.name).setValue("Again");
        test(view.add).click();
        assertThat(view.day.getErrorMessage()).isEqualTo("That date is already a bank holiday.");
    }
}
