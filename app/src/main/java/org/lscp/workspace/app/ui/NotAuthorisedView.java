package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.lscp.workspace.domain.shared.NotAuthorisedException;

/** A use case refused the member while a page was opening. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAuthorisedView extends VerticalLayout
        implements HasErrorParameter<NotAuthorisedException>, HasDynamicTitle {
    private final Paragraph message = new Paragraph();

    public NotAuthorisedView() {
        addClassName("view");
        add(new H1("You do not have access to this page"), message,
                new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAuthorisedException> parameter) {
        message.setText(parameter.getException().getMessage());
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Access denied · Safeguarding Partnership Workspace";
    }
}
