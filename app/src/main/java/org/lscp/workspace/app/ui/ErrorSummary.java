package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The GOV.UK error summary for a long form: shown at the top of the form when a submit fails, it takes focus (so a
 * screen reader reads it and a keyboard user starts there), says "There is a problem" and lists every message as a
 * link to its field, in the order of the form; following a link focuses the field. Each message also appears next
 * to its field ({@link FieldErrors}). Give each field to {@link #show} in form order.
 */
public class ErrorSummary extends Div implements Focusable<ErrorSummary> {
    public static final String TITLE = "There is a problem";
    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        H2 title = new H2(TITLE);
        title.setId("error-summary-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        getElement().setAttribute("role", "region");
        setTabIndex(-1);
        add(title, list);
        setVisible(false);
    }

    /**
     * Shows the exception's messages next to their fields and here, and moves focus here. A message for a field not
     * in {@code fields} is listed without a link.
     */
    public void show(ValidationException e, Map<String, ? extends HasValidation> fields) {
        FieldErrors.showNextToFields(e, fields);
        list.removeAll();
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.keySet().forEach(name -> {
            if (e.fieldErrors().containsKey(name)) ordered.put(name, e.fieldErrors().get(name));
        });
        ordered.putAll(e.fieldErrors());
        ordered.forEach((name, message) -> list.add(new ListItem(link(name, message, fields.get(name)))));
        setVisible(true);
        focus();
    }

    /** Hides the summary and the messages next to the fields. */
    public void clear(Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        list.removeAll();
        setVisible(false);
    }

    private static Component link(String name, String message, HasValidation field) {
        if (!(field instanceof Component component)) return new Span(message);
        String id = component.getId().orElseGet(() -> {
            component.setId("field-" + name);
            return "field-" + name;
        });
        Anchor link = new Anchor("#" + id, message);
        link.getElement().addEventListener("click", click -> focusField(component))
                .addEventData("event.preventDefault()");
        return link;
    }

    /** Focuses the field, or for one that cannot take focus itself (a list of checkboxes), scrolls it into view. */
    static void focusField(Component field) {
        if (field instanceof Focusable<?> focusable) focusable.focus();
        else field.scrollIntoView();
    }
}
