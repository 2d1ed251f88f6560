package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Span;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;

/** Lumo badges for the domain's states; the text always says the state, colour only repeats it. */
public final class Badges {
    private static final String SLOT = "<span theme=\"${item.t%1$d}\" title=\"${item.h%1$d}\" ?hidden=\"${!item.x%1$d}\">"
            + "${item.x%1$d}<span class=\"sr-only\">${item.s%1$d}</span></span>";

    private Badges() {
    }

    /**
     * Up to two badges in a list's column, drawn by the browser from a few values per row: the same badges as on a
     * page (words, colours, hover text, screen-reader text), but no component kept on the server for each row of a
     * long list.
     */
    public static <T> com.vaadin.flow.data.renderer.LitRenderer<T> inList(
            com.vaadin.flow.function.SerializableFunction<T, java.util.List<Span>> badges) {
        var renderer = com.vaadin.flow.data.renderer.LitRenderer.<T>of(SLOT.formatted(0) + " " + SLOT.formatted(1));
        for (int i = 0; i < 2; i++) {
            int n = i;
            renderer.withProperty("x" + n, row -> part(badges.apply(row), n, b -> b.getElement().getText()))
                    .withProperty("t" + n, row -> part(badges.apply(row), n, b -> b.getElement().getAttribute("theme")))
                    .withProperty("h" + n, row -> part(badges.apply(row), n, b -> b.getElement().getAttribute("title")))
                    .withProperty("s" + n, row -> part(badges.apply(row), n, b -> b.getChildren()
                            .filter(c -> c.hasClassName("sr-only")).map(c -> c.getElement().getText())
                            .findFirst().orElse(null)));
        }
        return renderer;
    }

    private static String part(java.util.List<Span> badges, int n,
                               java.util.function.Function<Span, String> value) {
        if (n >= badges.size()) return "";
        String v = value.apply(badges.get(n));
        return v == null ? "" : v;
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
