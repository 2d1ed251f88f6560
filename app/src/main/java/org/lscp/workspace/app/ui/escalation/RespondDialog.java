package org.lscp.workspace.app.ui.escalation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.shared.ValidationException;

/** The answering agency's response at the current stage: agree with the challenge, or keep its view. */
class RespondDialog extends EditDialog<RespondDialog.Response, Escalation> {
    record Response(boolean agrees, String text) {
    }

    final RadioButtonGroup<Boolean> position = new RadioButtonGroup<>("Your agency's position");
    final TextArea text = new TextArea("Response");

    RespondDialog(Escalation e, Function<Response, Escalation> saver) {
        super("Respond at " + e.stage().title().toLowerCase(java.util.Locale.ROOT), saver);
        position.setItems(Boolean.FALSE, Boolean.TRUE);
        position.setItemLabelGenerator(agrees -> agrees ? "We agree with the challenge"
                : "We maintain our decision (the raising agency may escalate)");
        text.setMaxLength(4_000);
        text.setWidthFull();
        add(position, text);
    }

    @Override
    protected Response command() {
        if (position.getValue() == null) {
            throw ValidationException.of("position", "Choose whether your agency agrees or maintains its decision.");
        }
        return new Response(position.getValue(), text.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("position", position, "response", text);
    }
}
