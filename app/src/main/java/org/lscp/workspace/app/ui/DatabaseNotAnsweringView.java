package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.lscp.workspace.domain.shared.StorageUnavailableException;

/**
 * A page that could not be opened because the database did not answer (503): what happened in plain words and a
 * way to try again, without the frame (whose menu and notices would ask the database too). Actions on a page that
 * is already open say the same in a notification instead (UiSetup).
 */
@AnonymousAllowed
public class DatabaseNotAnsweringView extends VerticalLayout implements HasErrorParameter<StorageUnavailableException>,
        HasDynamicTitle {
    private final H1 heading = new H1("The database is not answering");
    private final Paragraph why = new Paragraph("This page could not be opened because the workspace's database is "
            + "not answering. Nothing was saved or changed. It usually comes back by itself within a minute or two: "
            + "try again in a moment. If it goes on, tell your administrator.");

    public DatabaseNotAnsweringView() {
        addClassName("view");
        Button again = new Button("Try again", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, why, again, new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<StorageUnavailableException> parameter) {
        if (parameter.getException().busy()) {
            heading.setText("The workspace is very busy");
            why.setText("This page could not be opened because the workspace is very busy just now. Nothing was "
                    + "saved or changed. Try again in a moment. If it goes on, tell your administrator.");
        }
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Safeguarding Partnership Workspace";
    }
}
