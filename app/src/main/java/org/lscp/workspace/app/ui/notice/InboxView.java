package org.lscp.workspace.app.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.shared.PageRequest;

/** The member's notices, newest first: what happened, a link to the record, and marking them read. */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Notifications · Safeguarding Partnership Workspace")
@PermitAll
public class InboxView extends VerticalLayout {
    private final Notices notices;
    private final CurrentActor current;
    final VerticalLayout list = new VerticalLayout();
    final Button markAll = new Button("Mark all as read");

    public InboxView(Notices notices, LiveChanges live, CurrentActor current) {
        this.notices = notices;
        this.current = current;
        MemberId me = current.get().memberId();
        LiveRefresh.keep(this, live, current, change -> change.subject().equals(Notice.bellOf(me)), this::show);
        addClassName("view");
        list.setPadding(false);
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notices.markAllRead(current.get());
            show();
        });
        add(new H1("Notifications"), markAll, list);
        show();
    }

    void show() {
        list.removeAll();
        var all = notices.inbox(current.get(), PageRequest.first(100));
        markAll.setVisible(all.stream().anyMatch(Notice::unread));
        if (all.isEmpty()) {
            list.add(new Paragraph("Nothing yet. Mentions, checks asked of your agency, escalations raised with it, "
                    + "decisions on contacts you recorded and reminders of deadlines coming up will show here."));
        }
        for (Notice n : all) {
            Div item = new Div();
            item.addClassName("comment");
            Span when = new Span(Formats.dateTime(n.createdAt()) + " ");
            when.addClassName("role-name");
            item.add(when);
            if (n.unread()) item.add(Badges.of("New", "success"));
            item.add(new Paragraph(n.text()));
            Anchor open = new Anchor(n.subject(), "Open");
            open.getElement().setAttribute("aria-label", "Open: " + n.text());
            item.add(open);
            if (n.unread()) {
                Button read = new Button("Mark as read", e -> {
                    notices.markRead(current.get(), n.id());
                    show();
                });
                read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(read);
            }
            list.add(item);
        }
    }
}
