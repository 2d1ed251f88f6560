package org.lscp.workspace.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Set;
import org.lscp.workspace.domain.partnership.model.SecondFactorResult;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor over plain HTTP, like the password: the page posts its form (with its CSRF token) to
 * {@code /second-factor}; a right code swaps the session's password-only authentication for the member's roles, under
 * a new session id. While a session has the password only, every other address answers with the second-factor page
 * (Vaadin's own requests go through: {@link SecondFactorGate} keeps its router on that page).
 */
public class SecondFactorFilter extends OncePerRequestFilter {
    public static final String PATH = "/second-factor";
    public static final String RECOVERY_CODES_PATH = "/second-factor/recovery-codes";
    /** The secret being enrolled, kept on the server between showing the QR code and the first code. */
    public static final String ENROLLING = SecondFactorFilter.class.getName() + ".secret";
    /** The recovery codes, kept in the session only until the page that shows them once has read them. */
    public static final String RECOVERY_CODES = SecondFactorFilter.class.getName() + ".recoveryCodes";
    private static final Set<String> OPEN_TO_PENDING = Set.of(PATH, "/login", "/logout", "/favicon.ico",
            "/sw.js", "/manifest.webmanifest", "/offline.html", org.lscp.workspace.app.ui.LeftPages.PATH);
    private final SecondFactorUseCase factors;
    private final SignInUseCase signIn;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    public SecondFactorFilter(SecondFactorUseCase factors, SignInUseCase signIn) {
        this.factors = factors;
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read through the request Spring Security wrapped (its own context holder), not the static holder: with
        // several application contexts in one JVM (the test suite) the static holder may be another context's
        Authentication authentication = request.getUserPrincipal() instanceof Authentication a ? a : null;
        if (!Factors.pending(authentication)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && PATH.equals(path)) {
            answer(request, response, authentication);
        } else if (OPEN_TO_PENDING.contains(path) || vaadinInternal(request, path)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + PATH);
        }
    }

    /**
     * Vaadin's own requests (its UIDL, push, heartbeat and bundle: the router is kept in check in the UI) and the
     * stylesheets, scripts, fonts and images every page needs, none of which holds a record.
     */
    private static boolean vaadinInternal(HttpServletRequest request, String path) {
        return request.getParameter("v-r") != null || path.startsWith("/VAADIN/")
                || ("GET".equals(request.getMethod()) && STATIC.matcher(path).matches());
    }

    private static final java.util.regex.Pattern STATIC = java.util.regex.Pattern.compile(
            "/[\\w./-]*\\.(css|js|mjs|svg|png|ico|woff2?|ttf|webmanifest)");

    private void answer(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        MemberPrincipal member = (MemberPrincipal) authentication.getPrincipal();
        HttpSession session = request.getSession();
        String code = request.getParameter("code");
        String enrolling = (String) session.getAttribute(ENROLLING);
        SecondFactorResult result = factors.enrolled(member.id()) || enrolling == null
                ? factors.verify(member.id(), code) : factors.confirm(member.id(), enrolling, code);
        switch (result) {
            case SecondFactorResult.Passed passed -> {
                complete(request, response, authentication);
                SavedRequest saved = requests.getRequest(request, response);
                requests.removeRequest(request, response);
                response.sendRedirect(saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl());
            }
            case SecondFactorResult.Enrolled enrolled -> {
                complete(request, response, authentication);
                request.getSession().removeAttribute(ENROLLING);
                request.getSession().setAttribute(RECOVERY_CODES, new ArrayList<>(enrolled.recoveryCodes()));
                response.sendRedirect(request.getContextPath() + RECOVERY_CODES_PATH);
            }
            case SecondFactorResult.Wrong wrong -> response.sendRedirect(request.getContextPath() + PATH
                    + "?error=wrong&left=" + wrong.attemptsLeft());
            case SecondFactorResult.Locked locked -> response.sendRedirect(request.getContextPath() + PATH
                    + "?error=locked");
        }
    }

    /** The member's roles, under a new session id (no fixation across the factor step). */
    private void complete(HttpServletRequest request, HttpServletResponse response, Authentication password) {
        MemberPrincipal member = (MemberPrincipal) password.getPrincipal();
        var actor = signIn.actorFor(member.id()).orElseThrow();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(Factors.bothFactors(member, actor.roles()));
        contexts.saveContext(context, request, response);
    }
}
