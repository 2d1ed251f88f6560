package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;

/** One required text — a flag's resolution reason, an oversight comment, a check's findings, an escalation step. */
public class ReasonDialog extends EditDialog<String, Object> {
    final TextArea text;
    private final String field;

    public ReasonDialog(String title, String label, String field, Function<String, Object> saver) {
        super(title, saver);
        this.field = field;
        this.text = new TextArea(label);
        text.setWidthFull();
        text.setMaxLength(8_000);
        add(text);
    }

    @Override
    protected String command() {
        return text.getValue();
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(field, text);
    }
}
