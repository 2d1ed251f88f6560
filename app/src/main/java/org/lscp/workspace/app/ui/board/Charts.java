package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Ratio;

/**
 * Charts drawn as SVG on the server (Vaadin Charts is a commercial component): each bar is focusable, names its
 * value to screen readers and shows it as a tooltip, and every chart has a table of the same figures.
 */
final class Charts {
    /** One bar: its label, its length (0–100 of the chart's scale) and the value as the reader should hear it. */
    record Bar(String label, double value, String display) {
    }

    private static final int ROW = 30;
    private static final int LABEL = 190;
    private static final int WIDTH = 560;

    private Charts() {
    }

    static Component bars(String title, List<Bar> bars, String valueHeader) {
        Div chart = new Div(new H3(title));
        chart.addClassName("chart");
        if (bars.isEmpty()) {
            chart.add(new Div("No data for this period."));
            return chart;
        }
        double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        int height = bars.size() * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"chart-svg\"><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"group\" aria-label=\"").append(escape(title)).append("\">");
        int y = 4;
        for (Bar bar : bars) {
            double length = (WIDTH - LABEL - 120) * bar.value() / max;
            String said = bar.label() + ": " + bar.display();
            svg.append("<g class=\"bar\" tabindex=\"0\" role=\"img\" aria-label=\"").append(escape(said)).append("\">")
                    .append("<title>").append(escape(said)).append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + 19).append("\">").append(escape(fit(bar.label())))
                    .append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", Math.max(2, length))).append("\" height=\"")
                    .append(ROW - 10).append("\" rx=\"3\"></rect>")
                    .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + Math.max(2, length) + 8))
                    .append("\" y=\"").append(y + 19).append("\">").append(escape(bar.display())).append("</text>")
                    .append("</g>");
            y += ROW;
        }
        svg.append("</svg></div>");
        chart.add(new Html(svg.toString()));
        chart.add(table(title, bars, valueHeader));
        return chart;
    }

    /** The same figures as a table, for anyone who prefers or needs one. */
    private static Component table(String title, List<Bar> bars, String valueHeader) {
        StringBuilder html = new StringBuilder("<table class=\"chart-table\"><caption>").append(escape(title))
                .append("</caption><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">")
                .append(escape(valueHeader)).append("</th></tr></thead><tbody>");
        for (Bar bar : bars) {
            html.append("<tr><th scope=\"row\">").append(escape(bar.label())).append("</th><td>")
                    .append(escape(bar.display())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        Details details = new Details("Show as a table", new Html(html.toString()));
        details.addClassName("chart-details");
        return details;
    }

    /** A small monthly trend of a ratio; months without data leave a gap. */
    static Component trend(List<MeasureResult.MonthValue> months) {
        int width = 150;
        int height = 36;
        StringBuilder points = new StringBuilder();
        StringBuilder said = new StringBuilder("Trend: ");
        int i = 0;
        for (MeasureResult.MonthValue m : months) {
            double x = months.size() == 1 ? width / 2.0 : 4 + i * (width - 8.0) / (months.size() - 1);
            String month = m.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
            said.append(month).append(' ').append(m.value().noData() ? "no data"
                    : Math.round(m.value().percent()) + "%").append(i < months.size() - 1 ? ", " : "");
            if (!m.value().noData()) {
                double y = height - 4 - (height - 8) * m.value().percent() / 100.0;
                points.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                        .append("\" r=\"2.5\"></circle>");
            }
            i++;
        }
        String text = escape(said.toString());
        return new Html("<span class=\"trend\"><svg viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + text + "\"><title>" + text + "</title>"
                + "<line x1=\"0\" y1=\"" + (height - 4) + "\" x2=\"" + width + "\" y2=\"" + (height - 4)
                + "\"></line>" + points + "</svg></span>");
    }

    /** A label that fits beside the bars; the full one is in the tooltip, the accessible name and the table. */
    private static String fit(String label) {
        return label.length() <= 26 ? label : label.substring(0, 25).strip() + "\u2026";
    }

    static String percent(Ratio r) {
        return r.noData() ? "no data" : Math.round(r.percent()) + "%";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
