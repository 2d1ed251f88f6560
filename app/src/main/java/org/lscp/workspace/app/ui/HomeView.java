package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.Role;

/** Greets the member and lists what their roles let them do. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Safeguarding Partnership Workspace")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentActor current, List<NavigationEntries> features, AccessAnnotationChecker access, Clock clock) {
        addClassName("view");
        Actor actor = current.get();
        add(new H1(greeting(LocalTime.now(clock.withZone(London.ZONE))) + ", " + actor.name().split(" ")[0]));
        add(new Paragraph("You are signed in to " + actor.partnershipName() + " for " + actor.agencyName() + "."));

        List<NavigationEntries.Entry> places = NavigationEntries.allowed(features, access).stream()
                .filter(e -> e.view() != HomeView.class).toList();
        if (!places.isEmpty()) {
            add(new H2("Go to"));
            Div cards = new Div();
            cards.addClassName("cards");
            for (NavigationEntries.Entry place : places) {
                RouterLink link = new RouterLink(place.title(), place.view());
                Div card = new Div(place.icon().create(), link, new Paragraph(place.description()));
                card.addClassName("card");
                cards.add(card);
            }
            add(cards);
        }

        add(new H2("What your roles let you do"));
        UnorderedList roles = new UnorderedList();
        for (Role role : Role.values()) { // in the roles' own order
            if (!actor.roles().contains(role)) continue;
            Span name = new Span(role.label() + ": ");
            name.addClassName("role-name");
            roles.add(new ListItem(name, new Span(role.description())));
        }
        add(roles);
    }

    static String greeting(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) return "Good morning";
        if (time.isBefore(LocalTime.of(18, 0))) return "Good afternoon";
        return "Good evening";
    }
}
