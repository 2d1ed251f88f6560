package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list's filters kept in its address ({@code contacts?rag=red&q=smith}), so that Back, a bookmark and a shared link
 * keep them. A list writes its address on every change (replacing the history entry, so Back leaves the list rather
 * than stepping through each filter) and reads it on entering; a value it cannot read is ignored, never an error.
 */
public final class Address {
    private final String route;
    private final Map<String, String> params = new LinkedHashMap<>();

    public Address(String route) {
        this.route = route;
    }

    /** Adds the parameter unless the value is null or blank; an enum is written by its name in lower case. */
    public Address with(String name, @Nullable Object value) {
        String text = value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value == null ? null
                : value.toString().strip();
        if (text != null && !text.isEmpty()) params.put(name, text);
        return this;
    }

    public Location location() {
        return new Location(toString());
    }

    /** The address as a relative path with its query, parameters in the order added: {@code flags?type=repeat_contact}. */
    @Override
    public String toString() {
        StringBuilder address = new StringBuilder(route);
        String separator = "?";
        for (var p : params.entrySet()) {
            address.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = "&";
        }
        return address.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Shows the address in the browser without navigating. */
    public void show(UI ui) {
        ui.getPage().getHistory().replaceState(null, location());
    }

    public static @Nullable String text(Location location, String name) {
        return location.getQueryParameters().getSingleParameter(name).filter(v -> !v.isBlank()).orElse(null);
    }

    public static <E extends Enum<E>> @Nullable E choice(Location location, String name, Class<E> type) {
        String value = text(location, name);
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static @Nullable Long number(Location location, String name) {
        String value = text(location, name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static @Nullable LocalDate date(Location location, String name) {
        String value = text(location, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
