package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.lscp.workspace.app.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when a member opens a page their roles do not allow (e.g. by typing its address); the attempt is logged. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {
    private static final Logger LOG = LoggerFactory.getLogger(AccessDeniedView.class);
    private final CurrentActor current;

    public AccessDeniedView(CurrentActor current) {
        this.current = current;
        addClassName("view");
        add(new H1("You do not have access to this page"));
        add(new Paragraph("Your roles do not include this part of the workspace. If you need it for your work, "
                + "ask your partnership administrator."));
        add(new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public String getPageTitle() {
        return "Access denied · Safeguarding Partnership Workspace";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var actor = current.get();
        LOG.warn("Access denied: member {} ({}) of partnership {} tried to open /{}", actor.memberId(),
                actor.roles(), actor.partnershipId(), event.getLocation().getPath());
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
