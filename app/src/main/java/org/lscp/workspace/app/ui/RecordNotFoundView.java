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
import org.lscp.workspace.domain.shared.NotFoundException;

/** A record that does not exist in the member's partnership, or that they may not see (the same answer). */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {
    private final Paragraph message = new Paragraph();

    public RecordNotFoundView() {
        addClassName("view");
        add(new H1("Record not found"), message, new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        message.setText(parameter.getException().getMessage() + " If you followed a link, ask whoever sent it.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Record not found · Safeguarding Partnership Workspace";
    }
}
