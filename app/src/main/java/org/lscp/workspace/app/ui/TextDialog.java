package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;

/**
 * One text to save — a flag's resolution reason, an oversight comment, a check's findings, an escalation step, an
 * edited comment. The use case checks it; its message shows under the box.
 */
public class TextDialog extends EditDialog<String, Object> {
    final TextArea text;
    private final String field;

    /** {@code field} is the name the use case gives the text in its messages. */
    public TextDialog(String title, String label, String field, Function<String, Object> saver) {
        super(title, saver);
        this.field = field;
        this.text = new TextArea(label);
        text.setWidthFull();
        text.setMaxLength(8_000);
        add(text);
    }

    /** Starts from the text as it is now, at most {@code maxLength} characters (editing what was written). */
    public TextDialog editing(String current, int maxLength) {
        text.setMaxLength(maxLength);
        text.setValue(current);
        return this;
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
