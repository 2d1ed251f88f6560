package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * The workspace's not-found page (404), within its own frame: what was not found, and the way home. Never a
 * framework page, an exception or a list of routes.
 */
abstract class NotFoundPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E>,
        HasDynamicTitle {
    private final String title;
    private final Paragraph message = new Paragraph();

    NotFoundPage(String title) {
        this.title = title;
        addClassName("view");
        add(new H1(title), message, new RouterLink("Go to your home page", HomeView.class));
    }

    /** What to tell the member about this exception. */
    abstract String message(E exception);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        message.setText(message(parameter.getException()) + " If you followed a link, ask whoever sent it.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return title + " · Safeguarding Partnership Workspace";
    }
}
