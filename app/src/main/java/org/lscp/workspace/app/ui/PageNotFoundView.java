package org.lscp.workspace.app.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An address that names no page, or names one with a malformed record number ("contact/abc",
 * "contact/9223372036854775808"): Vaadin's own not-found error, answered in the workspace's words.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends NotFoundPage<NotFoundException> {
    public PageNotFoundView() {
        super("Page not found");
    }

    @Override
    String message(NotFoundException exception) {
        return "There is no page at this address.";
    }
}
