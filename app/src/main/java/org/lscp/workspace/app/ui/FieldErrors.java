package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.lscp.workspace.domain.shared.ValidationException;

/** Puts each message of a ValidationException next to its field; a message for no known field becomes a notice. */
public final class FieldErrors {
    private FieldErrors() {
    }

    public static void show(ValidationException e, Map<String, ? extends HasValidation> fields) {
        showNextToFields(e, fields);
        e.fieldErrors().forEach((name, message) -> {
            if (!fields.containsKey(name)) {
                Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    /** Each message next to its field (the fields with none are cleared); messages for other fields are left out. */
    static void showNextToFields(ValidationException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        e.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
