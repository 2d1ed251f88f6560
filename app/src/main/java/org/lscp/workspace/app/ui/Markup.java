package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Text written into markup the server builds once (charts, a board card's body): escaped, so a recommendation's or
 * a note's words are only ever words. A page drawn this way holds one string, not a component per paragraph.
 */
public final class Markup {
    private Markup() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A paragraph of plain text. */
    public static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    /** A badge (Badges) as markup: the same theme, hover text and words. */
    public static String badge(Span badge) {
        String title = badge.getElement().getAttribute("title");
        return "<span theme=\"" + escape(badge.getElement().getAttribute("theme")) + "\""
                + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">"
                + escape(badge.getElement().getText()) + "</span>";
    }
}
