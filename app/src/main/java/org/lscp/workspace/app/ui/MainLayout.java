package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.shared.Actor;

/** The frame of every signed-in page: app name, who is signed in (agency, partnership), role-based navigation. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    static final String MAIN = "main-content";

    final Button bell = new Button(VaadinIcon.BELL.create());

    public MainLayout(CurrentActor current, List<NavigationEntries> features, AccessAnnotationChecker access,
                      LiveChanges live, Notices notices) {
        Actor actor = current.get();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        Span appName = new Span("Safeguarding Partnership Workspace");
        appName.addClassName("app-name");

        Span who = new Span(actor.name());
        who.addClassName("who-name");
        Span where = new Span(actor.agencyName() + " · " + actor.partnershipName());
        where.addClassName("who-where");
        Div member = new Div(who, where);
        member.addClassName("who");

        Button signOut = barButton("Sign out", VaadinIcon.SIGN_OUT);
        signOut.addClickListener(e -> current.logout());
        Button account = barButton("Your account", VaadinIcon.USER);
        account.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account")));
        account.addClassName("account-button");

        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate("inbox")));
        showBell(notices.unread(actor));
        LiveRefresh.keep(this, live, current, change -> change.subject().equals(Notice.bellOf(actor.memberId())),
                () -> showBell(notices.unread(current.get())));
        Div bar = new Div(appName, member, bell, account, signOut);
        if (!live.healthy()) {
            Span degraded = new Span("Live updates are degraded: changes made on other servers show when you reload.");
            degraded.addClassName("live-degraded");
            degraded.getElement().setAttribute("role", "status");
            bar.addComponentAtIndex(1, degraded);
        }
        bar.addClassName("app-bar");
        // first in the tab order: past the menu to the page itself
        Anchor skip = new Anchor("#" + MAIN, "Skip to main content");
        skip.getElement().setAttribute("router-ignore", true);
        skip.addClassName("skip-link");
        // following a link to a fragment moves no focus in Chromium: move it to the page content ourselves
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const main = document.getElementById($0);
                  if (main) { e.preventDefault(); main.focus(); }
                });""", MAIN);
        addToNavbar(skip, toggle, bar);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (NavigationEntries.Entry entry : NavigationEntries.allowed(features, access)) {
            nav.addItem(new SideNavItem(entry.title(), entry.view(), entry.icon().create()));
        }
        Scroller scroller = new Scroller(nav);
        scroller.addClassName("app-nav");
        addToDrawer(scroller);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The page's content is the skip link's target; after moving to another page, focus goes to its heading so that
     * a keyboard or screen reader user starts there, as on a new page (not on the first load: the skip link is
     * first then).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() == null) return;
        getContent().getElement().setAttribute("id", MAIN).setAttribute("tabindex", "-1");
        if (event.getLocationChangeEvent().getTrigger() == NavigationTrigger.PAGE_LOAD) return;
        getContent().getElement().executeJs("""
                const h = this.querySelector('h1');
                if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); } else { this.focus(); }""");
    }

    /** A button of the top bar: icon and words; on a phone only the icon shows, and the words stay its name. */
    private static Button barButton(String words, VaadinIcon icon) {
        Button button = new Button(icon.create());
        Span label = new Span(words);
        label.addClassName("bar-label");
        button.getElement().appendChild(label.getElement());
        button.setAriaLabel(words);
        button.setTooltipText(words);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** The bell shows how many notices are unread, and says so to screen readers. */
    private void showBell(long unread) {
        bell.setText(unread == 0 ? "" : String.valueOf(unread));
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
    }
}
