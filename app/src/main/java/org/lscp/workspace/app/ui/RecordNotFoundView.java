package org.lscp.workspace.app.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.lscp.workspace.domain.shared.NotFoundException;

/** A record that does not exist in the member's partnership, or that they may not see (the same answer). */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends NotFoundPage<NotFoundException> {
    public RecordNotFoundView() {
        super("Record not found");
    }

    @Override
    String message(NotFoundException exception) {
        return exception.getMessage();
    }
}
