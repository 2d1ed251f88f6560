package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Releases a page the member has left. Vaadin keeps each page's state (a UI) on the server until three heartbeats are
 * missed, 15 minutes after the tab was closed or reloaded, so every sign-in, reload or typed address held a page
 * nobody could see. Each page now tells the server when it is left ({@code pagehide}, unless the browser keeps it
 * to come back to), by a beacon naming the page and carrying the page's own security key; the page is closed at once.
 * A beacon with a wrong key, or for a page already gone, changes nothing.
 *
 * <p>The sign-in pages are also closed once the member reaches a page behind the sign-in: signing in gives the
 * session a new id, and a beacon the browser sends as the sign-in page goes may still carry the old one.
 */
public final class LeftPages extends SynchronizedRequestHandler {
    /** Where a page's beacon goes: open to anyone (the beacon carries the page's own key) and exempt from CSRF. */
    public static final String PATH = "/page-left";

    /** Makes the page send its beacon when it is left (called as each page starts). */
    static void tellWhenLeft(UI ui) {
        // the page's base is the workspace's root, whatever the page's own address
        ui.getElement().executeJs("""
                const address = new URL($2, document.baseURI);
                const body = new URLSearchParams({ui: $0, key: $1});
                addEventListener('pagehide', event => {
                  if (!event.persisted) navigator.sendBeacon(address, body);
                });""", String.valueOf(ui.getUIId()), ui.getCsrfToken(), PATH.substring(1));
    }

    /** Once a page behind the sign-in is shown, closes the session's sign-in pages, which nobody can use again. */
    static void closeSignInPagesOnceSignedIn(UI ui) {
        ui.addAfterNavigationListener(navigation -> {
            if (signInPage(ui)) return;
            for (UI other : java.util.List.copyOf(ui.getSession().getUIs())) {
                if (other != ui && signInPage(other)) other.close();
            }
        });
    }

    private static boolean signInPage(UI ui) {
        var chain = ui.getActiveRouterTargetsChain(); // empty while a page is still starting
        return !chain.isEmpty() && (chain.getFirst() instanceof LoginView || chain.getFirst() instanceof SecondFactorView);
    }

    /**
     * Answers a beacon from a session that has ended or changed its id (signing in) before anything else reads it:
     * there is nothing to release, and it must not start a new session.
     */
    public static final class FromNoSession implements jakarta.servlet.Filter {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            var incoming = (jakarta.servlet.http.HttpServletRequest) request;
            if ("POST".equals(incoming.getMethod()) && PATH.equals(incoming.getServletPath())
                    && incoming.getSession(false) == null) {
                ((HttpServletResponse) response).setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    @Override
    protected boolean canHandleRequest(VaadinRequest request) {
        return "POST".equals(request.getMethod()) && PATH.equals(request.getPathInfo());
    }

    @Override
    public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
        String id = request.getParameter("ui");
        String key = request.getParameter("key");
        UI ui = id != null && id.matches("\\d{1,9}") ? session.getUIById(Integer.parseInt(id)) : null;
        if (ui != null && key != null && java.security.MessageDigest.isEqual(
                key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ui.getCsrfToken().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            ui.close(); // removed, and its detach listeners run, when this request ends
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return true;
    }
}
