package org.lscp.workspace.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.domain.partnership.model.OpenSession;

/**
 * Open sessions, newest first: the browser and system, when and from which address each signed in, the one in use
 * marked, and a button to end each; one more button ends several at once. The member's own account page and the
 * admin's view of a member both show this panel, each with its own words and actions.
 */
public final class SessionsPanel extends VerticalLayout {
    /** The words that differ between the member's own list and an admin's view of someone else's. */
    public record Words(String endOne, String endCurrent, String endSeveral, String empty) {
    }

    private final Supplier<List<OpenSession>> load;
    private final Consumer<OpenSession> end;
    private final Runnable endSeveral;
    private final Words words;
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final Button several = new Button();

    public SessionsPanel(Supplier<List<OpenSession>> load, Consumer<OpenSession> end, Runnable endSeveral,
                         Words words) {
        this.load = load;
        this.end = end;
        this.endSeveral = endSeveral;
        this.words = words;
        setPadding(false);
        addClassName("sessions");
        list.addClassName("session-list");
        empty.setText(words.empty());
        empty.addClassName("empty-state");
        several.setText(words.endSeveral());
        several.addThemeVariants(ButtonVariant.LUMO_ERROR);
        several.addClickListener(e -> {
            this.endSeveral.run();
            refresh();
        });
        add(list, empty, several);
        refresh();
    }

    public void refresh() {
        List<OpenSession> sessions = load.get();
        list.removeAll();
        sessions.forEach(session -> list.add(row(session)));
        empty.setVisible(sessions.isEmpty());
        several.setVisible(sessions.stream().anyMatch(s -> !s.current()));
    }

    private ListItem row(OpenSession session) {
        Span device = new Span(session.device());
        device.addClassName("session-device");
        Div heading = new Div(device);
        if (session.current()) heading.add(Badges.of("This session", "success"));
        Span since = new Span("Signed in " + Formats.dateTime(session.since()) + " from " + session.address());
        since.addClassName("session-since");
        Button endIt = new Button(session.current() ? words.endCurrent() : words.endOne(), e -> {
            end.accept(session);
            refresh();
        });
        endIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        endIt.setAriaLabel(endIt.getText() + ": " + session.device() + ", signed in "
                + Formats.dateTime(session.since()));
        ListItem item = new ListItem(new Div(heading, since), endIt);
        item.addClassName("session");
        return item;
    }
}
