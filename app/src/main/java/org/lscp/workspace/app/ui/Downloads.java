package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.function.Supplier;
import org.lscp.workspace.domain.shared.DomainException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.StorageUnavailableException;
import org.lscp.workspace.domain.shared.TooManyRequestsException;

/** Downloads whose use case is asked only when the link is followed, and may refuse. */
public final class Downloads {
    private Downloads() {
    }

    /**
     * The file the use case gives; a refusal answers the request with its status and, as the request has no page to
     * answer on, reaches the open page by push in the domain's words.
     */
    public static DownloadHandler of(Supplier<DownloadResponse> file) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                return file.get();
            } catch (DomainException refused) {
                event.getUI().access(() -> Notification.show(refused.getMessage(), 8000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR));
                int status = switch (refused) {
                    case TooManyRequestsException tooMany -> 429;
                    case StorageUnavailableException away -> 503;
                    case NotAuthorisedException notAllowed -> 403;
                    case NotFoundException gone -> 404;
                    default -> 400;
                };
                return DownloadResponse.error(status, refused.getMessage());
            }
        });
    }
}
