package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Span;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;

/** Lumo badges for the domain's states; the text always says the state, colour only repeats it. */
public final class Badges {
    private Badges() {
    }

    public static Span of(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    /** A contact's priority, coloured as a plan's RAG. */
    public static Span rag(org.lscp.workspace.domain.frontdoor.model.Rag rag) {
        return rag(Rag.valueOf(rag.name()));
    }

    public static Span rag(Rag rag) {
        return of(rag.label(), switch (rag) {
            case RED -> "error primary";
            case AMBER -> "warning primary";
            case NOT_EVIDENCED -> "contrast";
            case GREEN -> "success primary";
        });
    }

    public static Span status(RecommendationStatus status) {
        return of(status.label(), switch (status) {
            case OPEN -> "contrast";
            case IN_PROGRESS -> "";
            case EVIDENCED, ASSURED, CLOSED -> "success";
        });
    }

    public static Span status(ActionStatus status) {
        return of(status.label(), switch (status) {
            case NOT_STARTED -> "contrast";
            case ON_TRACK -> "";
            case AT_RISK -> "warning";
            case OFF_TRACK -> "error";
            case COMPLETE -> "success";
        });
    }
}
