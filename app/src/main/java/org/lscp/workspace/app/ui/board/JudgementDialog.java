package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.model.AssuranceLevel;

/** The board chair's judgement on one recommendation at a board meeting. */
public class JudgementDialog extends EditDialog<JudgementDialog.Judgement, AssuranceJudgement> {
    public record Judgement(LocalDate meeting, AssuranceLevel level, String commentary) {
    }

    final DatePicker meeting = new DatePicker("Board meeting date");
    final RadioButtonGroup<AssuranceLevel> level = new RadioButtonGroup<>("Judgement");
    final TextArea commentary = new TextArea("Commentary");

    public JudgementDialog(String recommendation, LocalDate today, Function<Judgement, AssuranceJudgement> saver) {
        super("Assurance: " + recommendation, saver);
        meeting.setValue(today);
        meeting.setMax(today);
        level.setItems(AssuranceLevel.values());
        level.setItemLabelGenerator(AssuranceLevel::label);
        commentary.setMaxLength(4_000);
        commentary.setWidthFull();
        commentary.setHelperText("What the board saw, and what it expects by the next meeting.");
        add(meeting, level, commentary);
    }

    @Override
    protected Judgement command() {
        return new Judgement(meeting.getValue(), level.getValue(), commentary.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("meetingDate", meeting, "level", level, "commentary", commentary);
    }
}
