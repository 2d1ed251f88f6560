package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A record's facts as pages show them: "Label: value", the label in bold, the line muted. */
public final class Facts {
    private Facts() {
    }

    public static Paragraph fact(String label, String value) {
        Paragraph p = new Paragraph(label(label), new Span(value));
        p.addClassName("muted");
        return p;
    }

    public static Span label(String text) {
        Span label = new Span(text + ": ");
        label.addClassName("role-name");
        return label;
    }
}
