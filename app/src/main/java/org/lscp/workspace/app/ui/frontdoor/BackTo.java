package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.regex.Pattern;
import org.lscp.workspace.app.ui.Address;

/**
 * The list a contact was opened from, with its filters, carried in the contact's address ({@code ?back=flags%3F…})
 * so that "Back" and finishing a task there (resolving a flag, recording oversight) return to the same list. Only
 * the front door's own lists are accepted, so the parameter cannot send anyone elsewhere.
 */
record BackTo(String address, String label) {
    static final BackTo CONTACTS = new BackTo("contacts", "Back to contacts");
    private static final Pattern LISTS = Pattern.compile("^(contacts|flags|oversight)(\\?[^/\\\\]*)?$");

    static BackTo from(Location location) {
        String back = Address.text(location, "back");
        if (back == null || !LISTS.matcher(back).matches()) return CONTACTS;
        return new BackTo(back, back.startsWith("flags") ? "Back to flags"
                : back.startsWith("oversight") ? "Back to decisions awaiting oversight" : "Back to contacts");
    }

    boolean isFlags() {
        return address.startsWith("flags");
    }

    boolean isOversight() {
        return address.startsWith("oversight");
    }

    /** Goes back to the list, with its filters. */
    void go(com.vaadin.flow.component.UI ui) {
        String[] parts = address.split("\\?", 2);
        ui.navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    /** The way back, followed in the page by the router (no reload). */
    Anchor link() {
        Anchor link = new Anchor(address, label);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** A link to the contact that remembers the list it was opened from. */
    static RouterLink toContact(String text, long contact, Address from) {
        RouterLink link = new RouterLink(text, ContactPage.class, contact);
        link.setQueryParameters(remembering(from));
        return link;
    }

    /** The address of a contact, remembering the list it was opened from (for a link drawn in the browser). */
    static String contactHref(long contact, Address from) {
        return com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(ContactPage.class, contact) + "?"
                + remembering(from).getQueryString();
    }

    /** Opens the contact, remembering the list it was opened from (Enter on a row). */
    static void openContact(long contact, Address from) {
        com.vaadin.flow.component.UI.getCurrent().navigate(ContactPage.class, contact, remembering(from));
    }

    private static QueryParameters remembering(Address from) {
        return QueryParameters.of("back", from.toString());
    }
}
