package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.plan.model.Target;
import org.lscp.workspace.domain.plan.model.Rag;

/**
 * Charts drawn as SVG on the server (Vaadin Charts is a commercial component). Each bar is focusable, names its
 * value to screen readers and shows it as a tooltip; a bar measured against a target is coloured by its RAG, with a
 * pattern and the RAG in words beside the value so colour is never the only cue, and the target is drawn as a line.
 * Long names wrap onto a second line. Every chart has a table of the same figures.
 */
final class Charts {
    /** One bar: its label, its length (0–100 of the chart's scale), the value as said, and its RAG if it has one. */
    record Bar(String label, double value, String display, @Nullable Rag rag) {
        Bar(String label, double value, String display) {
            this(label, value, display, null);
        }

        /** A percentage against the target: "82% (41 of 50) · Amber". */
        static Bar of(String label, Ratio r, @Nullable Target target) {
            Rag rag = target == null ? null : target.rag(r.orNull(), true).orElse(null);
            return new Bar(label, r.noData() ? 0 : r.percent(), r.display() + (rag == null ? "" : " \u00b7 "
                    + rag.label()), rag);
        }

        String said() {
            return label + ": " + display;
        }
    }

    private static final int LINE = 15;
    private static final int LABEL = 200;
    private static final int WIDTH = 600;
    private static final int LABEL_CHARS = 28;
    /** Pattern ids unique on the page (every chart defines its own). */
    private static final java.util.concurrent.atomic.AtomicLong CHARTS = new java.util.concurrent.atomic.AtomicLong();

    private Charts() {
    }

    static Component bars(String title, List<Bar> bars, String valueHeader) {
        return bars(title, bars, valueHeader, null);
    }

    /** With a target (a percentage chart): the scale is 0–100% and the target a labelled dashed line. */
    static Component bars(String title, List<Bar> bars, String valueHeader, @Nullable Target target) {
        // one piece of markup: heading, drawing and table (a component each held some 15 on the server per chart)
        StringBuilder chart = new StringBuilder("<div class=\"chart\"><h3>").append(escape(title)).append("</h3>");
        if (bars.isEmpty()) {
            return new Html(chart.append("<div>No data for this period.</div></div>").toString());
        }
        double max = target != null ? 100 : Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        double span = WIDTH - LABEL - 150;
        String ids = "chart" + CHARTS.incrementAndGet();
        StringBuilder body = new StringBuilder();
        int y = target == null ? 4 : 22;
        for (Bar bar : bars) {
            List<String> lines = wrap(bar.label());
            int row = Math.max(30, lines.size() * LINE + 12);
            double length = Math.max(2, span * bar.value() / max);
            body.append("<g class=\"bar").append(bar.rag() == null ? "" : " rag-" + bar.rag().name().toLowerCase(
                    Locale.ROOT)).append("\" tabindex=\"0\" role=\"img\" aria-label=\"").append(escape(bar.said()))
                    .append("\"><title>").append(escape(bar.said())).append("</title><text x=\"0\" y=\"")
                    .append(y + 19 - (lines.size() - 1) * LINE / 2).append("\">");
            for (int i = 0; i < lines.size(); i++) {
                body.append("<tspan x=\"0\"").append(i == 0 ? "" : " dy=\"" + LINE + "\"").append(">")
                        .append(escape(lines.get(i))).append("</tspan>");
            }
            int top = y + (row - 20) / 2;
            body.append("</text><rect x=\"").append(LABEL).append("\" y=\"").append(top).append("\" width=\"")
                    .append(fmt(length)).append("\" height=\"20\" rx=\"3\"").append(bar.rag() == null ? ""
                            : " style=\"fill:url(#" + ids + "-" + bar.rag().name().toLowerCase(Locale.ROOT) + ")\"")
                    .append("></rect><text x=\"").append(fmt(LABEL + length + 8)).append("\" y=\"").append(top + 15)
                    .append("\">").append(escape(bar.display())).append("</text></g>");
            y += row;
        }
        int height = y + 6;
        StringBuilder svg = new StringBuilder("<div class=\"chart-svg\"><svg viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"group\" aria-label=\"").append(escape(title))
                .append(target == null ? "" : ", target " + fmt(target.value()) + "%").append("\">")
                .append(PATTERNS.replace("pattern-", ids + "-")).append(body);
        if (target != null) {
            double x = LABEL + span * target.value() / 100;
            svg.append("<g class=\"target\" aria-hidden=\"true\"><line x1=\"").append(fmt(x)).append("\" y1=\"16\" x2=\"")
                    .append(fmt(x)).append("\" y2=\"").append(height - 2).append("\"></line><text x=\"")
                    .append(fmt(x)).append("\" y=\"12\" text-anchor=\"middle\">Target ")
                    .append(target.upperBound(true) ? "\u2264 " : "\u2265 ").append(fmt(target.value())).append("%</text></g>");
        }
        svg.append("</svg></div>");
        return new Html(chart.append(svg).append(table(title, bars, valueHeader)).append("</div>").toString());
    }

    /** Red hatched, amber dotted, green solid: told apart without colour too. */
    private static final String PATTERNS = "<defs>"
            + "<pattern id=\"pattern-red\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"rag-fill-red\"></rect>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"rag-stroke\"></line></pattern>"
            + "<pattern id=\"pattern-amber\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"6\" height=\"6\" class=\"rag-fill-amber\"></rect>"
            + "<circle cx=\"3\" cy=\"3\" r=\"1.2\" class=\"rag-dot\"></circle></pattern>"
            + "<pattern id=\"pattern-green\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"6\" height=\"6\" class=\"rag-fill-green\"></rect></pattern>"
            + "</defs>";

    /** The same figures as a table, for anyone who prefers or needs one (the browser's own disclosure). */
    private static String table(String title, List<Bar> bars, String valueHeader) {
        StringBuilder html = new StringBuilder("<details class=\"chart-details\"><summary>Show as a table</summary>"
                + "<table class=\"chart-table\"><caption>").append(escape(title))
                .append("</caption><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">")
                .append(escape(valueHeader)).append("</th></tr></thead><tbody>");
        for (Bar bar : bars) {
            html.append("<tr><th scope=\"row\">").append(escape(bar.label())).append("</th><td>")
                    .append(escape(bar.display())).append("</td></tr>");
        }
        return html.append("</tbody></table></details>").toString();
    }

    /**
     * A measure's trend, month by month or return by return: a y axis in per cent (0, 50, 100) for a proportion, or
     * from 0 to a little over the largest value or target for an amount; the points along the x axis, each value
     * printed over its point, the target as a dashed line; points without data leave a gap.
     */
    static String trendMarkup(String measure, List<MeasureResult.Point> points, @Nullable Double target,
                              boolean percent) {
        int width = 300;
        int height = 120;
        int left = 34;
        int top = 14;
        int bottom = height - 20;
        double max = 100;
        if (!percent) {
            double largest = points.stream().filter(p -> !p.value().noData()).mapToDouble(p -> p.value().number())
                    .max().orElse(1);
            max = Math.max(1, Math.ceil(Math.max(largest, target == null ? 0 : target) * 1.2));
        }
        String unit = percent ? "%" : "";
        StringBuilder svg = new StringBuilder();
        for (double p : new double[] {0, max / 2, max}) {
            double y = bottom - (bottom - top) * p / max;
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(width - 4).append("\" y2=\"").append(fmt(y)).append("\"></line><text class=\"axis\" x=\"")
                    .append(left - 4).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
                    .append(Target.number(p)).append(unit).append("</text>");
        }
        if (target != null) {
            double y = bottom - (bottom - top) * Math.min(target, max) / max;
            svg.append("<line class=\"target\" x1=\"").append(left).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(width - 4).append("\" y2=\"").append(fmt(y)).append("\"></line>");
        }
        List<String> said = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        int i = 0;
        double step = points.size() <= 1 ? 0 : (width - left - 24.0) / (points.size() - 1);
        for (MeasureResult.Point m : points) {
            double x = left + 12 + i * step;
            String label = m.label().replaceFirst(" \\d{4}$", "");
            // the first and last labels run inwards, so a long one ("Jul\u2013Sept") is not cut at the edge
            boolean inwards = points.size() > 1 && label.length() > 4;
            String anchor = inwards && i == 0 ? "start" : inwards && i == points.size() - 1 ? "end" : "middle";
            svg.append("<text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"").append(height - 4)
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(label)).append("</text>");
            if (m.value().noData()) {
                said.add(m.label() + " no data");
                path.append(' ');
            } else {
                String value = percent ? String.valueOf(Math.round(m.value().number()))
                        : Target.number(m.value().number());
                said.add(m.label() + " " + value + unit);
                double y = bottom - (bottom - top) * Math.min(m.value().number(), max) / max;
                path.append(path.isEmpty() || path.charAt(path.length() - 1) == ' ' ? "M" : "L").append(fmt(x))
                        .append(',').append(fmt(y));
                svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                        .append("\" r=\"3\"></circle><text class=\"value\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(fmt(y - 6)).append("\" text-anchor=\"middle\">").append(value).append("</text>");
            }
            i++;
        }
        String text = escape(measure + (percent ? ", month by month: " : ", return by return: ")
                + String.join(", ", said) + (target == null ? "" : "; target " + fmt(target) + unit));
        return ("<span class=\"trend\"><svg viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + text + "\"><title>" + text + "</title>"
                + "<path d=\"" + path.toString().trim() + "\"></path>" + svg + "</svg></span>");
    }

    /** A label in lines of up to 28 characters, broken between words (two lines at most; the rest in the table). */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(word);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        if (lines.size() > 2) {
            String second = String.join(" ", lines.subList(1, lines.size()));
            return List.of(lines.getFirst(), second.substring(0, Math.min(second.length(), LABEL_CHARS - 1)).strip()
                    + "\u2026");
        }
        return lines;
    }

    static String percent(Ratio r) {
        return r.noData() ? "no data" : Math.round(r.percent()) + "%";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return org.lscp.workspace.app.ui.Markup.escape(text);
    }
}
