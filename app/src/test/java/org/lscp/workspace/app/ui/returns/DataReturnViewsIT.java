package org.lscp.workspace.app.ui.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.returns.model.ReturnDue;
import org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency officer's returns page and the admin's measures page, as their users work them: late first, bad
 * figures refused beside their fields with nothing saved, a correction needing its reason and keeping the history.
 */
@WorkspaceTest
class DataReturnViewsIT extends SpringBrowserlessTest {
    private static final String FOSTERING = "Private fostering visits within timescale";
    @Autowired DataReturnsUseCase returns;
    @Autowired CurrentActor current;

    private int row(DataReturnsView view, String measure, boolean returned) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            ReturnDue d = test(view.grid).getRow(i);
            if (d.measure().name().equals(measure) && (d.current() != null) == returned) return i;
        }
        throw new AssertionError("no row for " + measure);
    }

    @Test
    @WithMember("head.of.service@enfield.example")
    void theLateReturnComesFirstAndBadFiguresAreRefusedBesideTheirFieldsWithNothingSaved() {
        DataReturnsView view = navigate(DataReturnsView.class);
        ReturnDue first = test(view.grid).getRow(0);
        assertThat(first.measure().name()).isEqualTo(FOSTERING);
        assertThat(first.late()).isTrue();
        assertThat(view.summary.getText()).isEqualTo("1 return is late: it shows as late on the board until it is in.");
        int before = returns.history(current.get(), first.measure().requireId()).size();

        view.open(first);
        SubmitReturnDialog dialog = $(SubmitReturnDialog.class).single();
        assertThat(dialog.source.getValue()).as("the source the officer gave last time").isEqualTo("Liquidlogic LCS");
        test(dialog.save).click();
        assertThat(dialog.numerator.getErrorMessage()).isEqualTo("Enter how many met the measure (the numerator).");
        assertThat(dialog.denominator.getErrorMessage())
                .isEqualTo("Enter how many there were in all (the denominator).");
        test(dialog.numerator).setValue(3);
        test(dialog.denominator).setValue(0);
        test(dialog.save).click();
        assertThat(dialog.denominator.getErrorMessage()).startsWith("The denominator must be more than 0");
        test(dialog.numerator).setValue(41);
        test(dialog.denominator).setValue(40);
        test(dialog.save).click();
        assertThat(dialog.numerator.getErrorMessage())
                .isEqualTo("The numerator cannot be more than the denominator (40).");
        assertThat(dialog.isOpened()).isTrue();
        dialog.close();
        assertThat(returns.history(current.get(), first.measure().requireId())).hasSize(before);
    }

    @Test
    @WithMember("head.of.service@enfield.example")
    void aCorrectionNeedsItsReasonAndTheEarlierFigureStaysInTheHistory() {
        DataReturnsView view = navigate(DataReturnsView.class);
        int row = row(view, "Average caseload in referral and assessment teams", true);
        ReturnDue due = test(view.grid).getRow(row);
        int before = returns.history(current.get(), due.measure().requireId()).size();
        view.open(due);
        SubmitReturnDialog dialog = $(SubmitReturnDialog.class).single();
        assertThat(dialog.getHeaderTitle()).startsWith("Correct Average caseload");
        test(dialog.value).setValue(new BigDecimal("18.9"));
        test(dialog.save).click();
        assertThat(dialog.note.getErrorMessage()).contains("say why the figure is corrected");
        test(dialog.note).setValue("Two agency workers' cases were missed from the extract.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var history = returns.history(current.get(), due.measure().requireId());
        assertThat(history).hasSize(before + 1);
        assertThat(history.getFirst().correction()).isTrue();
        assertThat(history.getFirst().value()).isEqualTo(18.9);
        assertThat(history).contains(due.current());
    }

    @Test
    @WithMember("admin@enfield.example")
    void theAdminDefinesAMeasureWithItsRulesShownBesideTheFields() {
        ReturnMeasuresView view = navigate(ReturnMeasuresView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(20);
        assertThat(view.toDefine.isVisible()).isFalse();
        test(view.add).click();
        ReturnMeasureDialog dialog = $(ReturnMeasureDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the measure's name.");
        assertThat(dialog.agency.getErrorMessage()).isEqualTo("Choose the agency that returns it.");
        assertThat(dialog.officer.getErrorMessage()).isEqualTo("Choose the officer who returns it.");
        test(dialog.name).setValue("Children seen alone at each statutory visit");
        test(dialog.definition).setValue("Of the statutory visits in the quarter, those where the child was seen "
                + "alone.");
        test(dialog.agency).selectItem("Enfield Children's Social Care");
        test(dialog.officer).selectItem("Marcus Bell");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(21);
    }
}
