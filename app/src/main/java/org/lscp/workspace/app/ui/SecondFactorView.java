package org.lscp.workspace.app.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.app.security.Factors;
import org.lscp.workspace.app.security.MemberPrincipal;
import org.lscp.workspace.app.security.SecondFactorFilter;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of signing in: the six-digit code from an authenticator app, or a recovery code. At the first
 * sign-in the member enrols: a QR code and the key as text, confirmed by a first code. The form posts over plain
 * HTTP with its CSRF token, as the sign-in form does, so the session id changes when the member is let in.
 */
@Route(value = "second-factor", autoLayout = false)
@PageTitle("Second factor · Safeguarding Partnership Workspace")
@PermitAll
public class SecondFactorView extends Main implements BeforeEnterObserver {
    private final SecondFactorUseCase factors;
    private final AuthenticationContext authentication;

    public SecondFactorView(SecondFactorUseCase factors, AuthenticationContext authentication) {
        this.factors = factors;
        this.authentication = authentication;
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!Factors.pending()) {
            event.forwardTo("");
            return;
        }
        MemberPrincipal member = authentication.getAuthenticatedUser(MemberPrincipal.class).orElseThrow();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Div panel = new Div();
        panel.addClassName("login-panel");
        panel.addClassName("second-factor");
        removeAll();
        add(panel);
        if (factors.enrolled(member.id())) {
            panel.add(new H1("Enter your code"), new Paragraph("Open the authenticator app on your phone and type "
                    + "the six-digit code it shows for the Safeguarding Partnership Workspace. Lost your phone? Type "
                    + "one of your recovery codes instead, or ask your partnership administrator to reset your "
                    + "second factor."));
        } else {
            String secret = enrolling(member);
            panel.add(new H1("Set up your second factor"), new Paragraph("The workspace holds information about "
                    + "children, so signing in takes a second step: a code from an authenticator app on your phone "
                    + "(Microsoft Authenticator, Google Authenticator, or any app for time-based codes)."));
            OrderedList steps = new OrderedList(
                    new ListItem("In the app, add an account and scan this QR code."),
                    new ListItem(new Span("Or type this key: "), key(secret)),
                    new ListItem("Type the six-digit code the app shows."));
            panel.add(steps, qr(factors.uri(member.id(), secret)));
        }
        error(query).ifPresent(message -> {
            Paragraph error = new Paragraph(message);
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            error.setId("code-error");
            panel.add(error);
        });
        panel.getElement().appendChild(form(error(query).isPresent()));
        panel.getElement().appendChild(signOut());
    }

    private static java.util.Optional<String> error(Map<String, List<String>> query) {
        String error = query.getOrDefault("error", List.of("")).getFirst();
        String left = query.getOrDefault("left", List.of("")).getFirst();
        return switch (error) {
            case "wrong" -> java.util.Optional.of("That code is not right, or it was already used. "
                    + (left.matches("\\d") ? left + (left.equals("1") ? " attempt" : " attempts")
                    + " left before the second factor is locked for 15 minutes." : ""));
            case "locked" -> java.util.Optional.of("Too many wrong codes: the second factor is locked for 15 minutes. "
                    + "If you have lost your phone, ask your partnership administrator to reset it.");
            default -> java.util.Optional.empty();
        };
    }

    /** The secret being enrolled stays on the server (in the session) until the first code confirms it. */
    private String enrolling(MemberPrincipal member) {
        var session = VaadinSession.getCurrent().getSession();
        String secret = (String) session.getAttribute(SecondFactorFilter.ENROLLING);
        if (secret == null) {
            secret = factors.newSecret();
            session.setAttribute(SecondFactorFilter.ENROLLING, secret);
        }
        return secret;
    }

    private static Span key(String secret) {
        Span key = new Span(secret.replaceAll("(.{4})(?!$)", "$1 "));
        key.addClassName("secret-key");
        return key;
    }

    /** A native form posting to /second-factor with Spring Security's CSRF token. */
    private static Element form(boolean invalid) {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "second-factor");
        form.getClassList().add("code-form");
        Element label = new Element("label");
        label.setAttribute("for", "code");
        label.setText("Code from your authenticator app, or a recovery code");
        Element input = new Element("input");
        input.setAttribute("id", "code");
        input.setAttribute("name", "code");
        input.setAttribute("autocomplete", "one-time-code");
        input.setAttribute("required", true);
        input.setAttribute("autofocus", true);
        input.setAttribute("maxlength", "12");
        input.setAttribute("spellcheck", "false");
        if (invalid) {
            input.setAttribute("aria-invalid", "true");
            input.setAttribute("aria-describedby", "code-error");
        }
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setText("Verify");
        form.appendChild(label, input, csrf(), submit);
        return form;
    }

    private static Element signOut() {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "logout");
        form.getClassList().add("sign-out-form");
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setText("Sign out");
        form.appendChild(csrf(), submit);
        return form;
    }

    private static Element csrf() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Element hidden = new Element("input");
        hidden.setAttribute("type", "hidden");
        // every request through Spring Security has a token; without one the post is refused, as it should be
        hidden.setAttribute("name", token == null ? "_csrf" : token.getParameterName());
        hidden.setAttribute("value", token == null ? "" : token.getToken());
        return hidden;
    }

    /** The otpauth:// address as an SVG QR code, drawn on the server (ZXing), with the key beside it as text. */
    static Html qr(String uri) {
        try {
            BitMatrix m = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
            return new Html("<div class=\"qr\"><svg viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" width=\"220\" height=\"220\" role=\"img\" aria-label=\"QR code to add the workspace to "
                    + "your authenticator app\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                    + "fill=\"#fff\"></rect><path fill=\"#000\" d=\"" + path + "\"></path></svg></div>");
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + uri.length() + " characters", e);
        }
    }
}
