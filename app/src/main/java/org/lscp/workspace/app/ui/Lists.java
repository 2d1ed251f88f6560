package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the workspace's working lists look (the contacts queue, flags, checks, escalations, the audit and access logs):
 * one line a row so that a screen holds many, and the filters on one line above them.
 */
public final class Lists {
    private Lists() {
    }

    /** Rows a list fetches at a time: a screenful and a little more (each row kept costs server memory). */
    static final int PAGE_SIZE = 25;

    /** One line per row, compact; a cell too long for its column ends in "…" (give such a column a tooltip). */
    public static <T> Grid<T> dense(Grid<T> grid) {
        grid.setPageSize(PAGE_SIZE);
        grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("dense-list");
        return grid;
    }

    /**
     * The filters above a list, on one line. On a phone the first two show and a "More filters" button shows the
     * rest, so that the list itself stays in view. Each field keeps its label.
     */
    public static HorizontalLayout filters(Component... fields) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setSpacing(false);
        bar.addClassName("list-filters");
        bar.setWrap(true);
        bar.setWidthFull();
        for (int i = 0; i < fields.length; i++) {
            if (i >= 2) fields[i].addClassName("more-filter");
            bar.add(fields[i]);
        }
        if (fields.length > 2) {
            Button more = new Button("More filters");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClassName("more-filters");
            more.getElement().setAttribute("aria-expanded", "false");
            more.addClickListener(e -> {
                boolean open = !bar.getElement().hasAttribute("expanded");
                bar.getElement().setAttribute("expanded", open);
                more.getElement().setAttribute("aria-expanded", String.valueOf(open));
                more.setText(open ? "Fewer filters" : "More filters");
            });
            bar.addComponentAtIndex(2, more);
        }
        return bar;
    }

    private static final String ROW_KEY = "(element.getEventContext(event).item || {}).key";

    /**
     * Enter on a row opens it at once. Without this a keyboard user presses Enter twice: once to reach the link in
     * the cell, once to follow it. Enter on the link itself still follows the link.
     */
    public static <T> Grid<T> openOnEnter(Grid<T> grid, Consumer<T> open) {
        grid.getElement().addEventListener("keydown", e -> {
            var key = e.getEventData().get(ROW_KEY);
            T item = key == null || key.isNull() ? null : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null) open.accept(item);
        }).addEventData(ROW_KEY).setFilter("event.key === 'Enter' && !event.composedPath()[0].closest?.('a, button')");
        return grid;
    }

    /** Narrower than this (in CSS pixels), a list shows its rows as cards. */
    static final int PHONE_WIDTH = 600;

    /**
     * On a phone the list's rows become cards: one column whose cell holds the row's essentials over two lines, in
     * place of the columns that would need sideways scrolling. Switches as the window is resized.
     */
    public static <T> Grid<T> cardsOnPhone(Grid<T> grid, String header, ValueProvider<T, Component> card) {
        var columns = List.copyOf(grid.getColumns());
        // the card column exists only while the list shows cards: a hidden column would still build a card for
        // every row the list holds
        List<Grid.Column<T>> cards = new java.util.ArrayList<>(1);
        Consumer<Integer> fit = width -> {
            boolean phone = width > 0 && width < PHONE_WIDTH;
            if (phone && cards.isEmpty()) {
                cards.add(grid.addComponentColumn(row -> {
                    Component c = card.apply(row);
                    c.addClassName("list-card");
                    return c;
                }).setHeader(header).setFlexGrow(1));
            } else if (!phone && !cards.isEmpty()) {
                grid.removeColumn(cards.removeFirst());
            }
            columns.forEach(c -> c.setVisible(!phone));
            grid.getElement().setAttribute("cards", phone);
        };
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
            var resize = page.addBrowserWindowResizeListener(e -> fit.accept(e.getWidth()));
            grid.addDetachListener(detach -> resize.remove());
        });
        return grid;
    }

    /** Sets a filter field's width, in rem. */
    public static <C extends HasSize> C width(C field, double rem) {
        field.setWidth(rem + "rem");
        return field;
    }

    /**
     * A column of agencies drawn by the browser (as {@link #agency}, with no component kept per row).
     */
    public static <T> com.vaadin.flow.data.renderer.LitRenderer<T> agencies(ValueProvider<T, String> label,
                                                                            ValueProvider<T, String> fullName) {
        return com.vaadin.flow.data.renderer.LitRenderer.<T>of("<span title=\"${item.full === item.label ? '' : "
                        + "item.full}\"><span aria-hidden=\"${item.full === item.label ? 'false' : 'true'}\">"
                        + "${item.label}</span><span class=\"sr-only\" ?hidden=\"${item.full === item.label}\">"
                        + "${item.full}</span></span>")
                .withProperty("label", label).withProperty("full", fullName);
    }

    /**
     * A column of links drawn by the browser: the router follows them as it follows a RouterLink, with no component
     * kept per row.
     */
    public static <T> com.vaadin.flow.data.renderer.LitRenderer<T> links(ValueProvider<T, String> text,
                                                                         ValueProvider<T, String> href) {
        return com.vaadin.flow.data.renderer.LitRenderer.<T>of("<a href=\"${item.href}\" router-link>${item.text}</a>")
                .withProperty("text", text).withProperty("href", href);
    }

    /**
     * An agency in a list: its short name where it has one; the full name shows in a tooltip and is what screen
     * readers read.
     */
    public static Span agency(String label, String fullName) {
        if (label.equals(fullName)) return new Span(label);
        Span shown = new Span(label);
        shown.getElement().setAttribute("aria-hidden", "true");
        Span read = new Span(fullName);
        read.addClassName("sr-only");
        Span agency = new Span(shown, read);
        agency.getElement().setAttribute("title", fullName);
        return agency;
    }
}
