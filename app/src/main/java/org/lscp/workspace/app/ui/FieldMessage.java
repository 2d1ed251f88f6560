package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * The error message of a field that is not a single input (an upload, a list of rows), shown right under it
 * and announced to screen readers.
 */
public class FieldMessage extends Span implements HasValidation {
    private String message;
    private boolean invalid;

    public FieldMessage() {
        addClassName("field-message");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.message = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
