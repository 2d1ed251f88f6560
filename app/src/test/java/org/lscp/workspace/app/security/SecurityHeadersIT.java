package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.testsupport.TestSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The security headers and the session cookie as a browser receives them from the running app (issue 15, part 5):
 * on the sign-in page, on a protected page's redirect to it, on a static file, and on a page signed in through the
 * real sign-in form over plain HTTP. HSTS is checked on a request marked as TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSchema.class)
class SecurityHeadersIT {
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final Pattern BUNDLE = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired WebApplicationContext context;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every header of issue 15 part 5, as a plain-HTTP response carries them. */
    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var h = response.headers();
        assertThat(h.allValues("Content-Security-Policy")).containsExactly(CSP);
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(h.allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).get().asString().contains("camera=()", "microphone=()",
                "geolocation=()", "payment=()", "usb=()", "serial=()", "hid=()", "display-capture=()");
        assertThat(h.allValues("Cross-Origin-Opener-Policy")).containsExactly("same-origin");
        assertThat(h.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as("a session cookie").hasSize(1);
        return cookies.getFirst();
    }

    private static void assertHttpOnlyLaxNotSecure(String cookie) {
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertThat(attributes).contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(attributes).as("Secure only over TLS or when production says so").doesNotContain("Secure");
    }

    @Test
    void theSignInPageCarriesEveryHeaderIsNeverCachedAndItsSessionCookieIsHttpOnlyAndLax() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);
        assertThat(login.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertHttpOnlyLaxNotSecure(sessionCookie(login));
    }

    @Test
    void aProtectedPageRedirectsToSignInWithTheSameHeaders() throws Exception {
        HttpResponse<String> board = get("/board");

        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertSecurityHeaders(board);
        assertThat(board.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void aStaticFileCarriesTheHeaders() throws Exception {
        HttpResponse<String> icon = get("/images/favicon.svg");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertSecurityHeaders(icon);
    }

    /**
     * Vaadin's script bundle carries the headers, but its caching is Vaadin's own: it replaces Spring Security's
     * no-store (no-cache in development; a year for the hashed files of a production build).
     */
    @Test
    void vaadinsBundleCarriesTheHeadersAndKeepsItsOwnCaching() throws Exception {
        Matcher script = BUNDLE.matcher(get("/login").body());
        assertThat(script.find()).as("the sign-in page loads Vaadin's bundle").isTrue();

        HttpResponse<String> bundle = get("/" + script.group(1));

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertSecurityHeaders(bundle);
        assertThat(bundle.headers().firstValue("Cache-Control")).get().asString().doesNotContain("no-store");
    }

    @Test
    void aPageSignedInThroughTheRealFormCarriesTheHeadersAndANewHttpOnlyLaxSessionCookie() throws Exception {
        HttpResponse<String> login = get("/login");
        String anonymous = sessionCookie(login).split(";")[0];
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the sign-in page carries its CSRF token").isTrue();

        String form = "username=" + URLEncoder.encode("admin@enfield.example", StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertSecurityHeaders(signedIn);
        String session = sessionCookie(signedIn);
        assertHttpOnlyLaxNotSecure(session);
        assertThat(session.split(";")[0]).as("a new session id on sign-in").isNotEqualTo(anonymous);

        // the password alone reaches only the second factor; the code (posted with the page's CSRF token) lets in
        HttpResponse<String> pending = get("/board", "Cookie", session.split(";")[0]);
        assertThat(pending.statusCode()).isEqualTo(302);
        assertThat(pending.headers().firstValue("Location")).get().asString().endsWith("/second-factor");
        assertSecurityHeaders(pending);
        HttpResponse<String> factor = get("/second-factor", "Cookie", session.split(";")[0]);
        Matcher token = CSRF.matcher(factor.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> passed = null;
        long step = org.lscp.workspace.domain.partnership.model.Totp.step(java.time.Instant.now());
        for (long s = step; s <= step + 1; s++) {
            passed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/second-factor"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session.split(";")[0])
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + org.lscp.workspace.domain.partnership.model
                            .Totp.code(DemoData.SECOND_FACTOR_SECRET, s) + "&_csrf=" + URLEncoder.encode(token.group(1),
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            if (!passed.headers().firstValue("Location").orElse("").contains("error")) break;
        }
        assertThat(passed.statusCode()).isEqualTo(302);
        assertThat(passed.headers().firstValue("Location")).get().asString().doesNotContain("second-factor");
        String full = sessionCookie(passed);
        assertHttpOnlyLaxNotSecure(full);
        assertThat(full.split(";")[0]).as("a new session id at the second factor").isNotEqualTo(session.split(";")[0]);

        HttpResponse<String> board = get("/board", "Cookie", full.split(";")[0]);
        assertThat(board.statusCode()).isEqualTo(200);
        assertSecurityHeaders(board);
        assertThat(board.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void theSecondFactorRefusesAPostWithoutItsCsrfToken() throws Exception {
        HttpResponse<String> login = get("/login");
        String anonymous = sessionCookie(login).split(";")[0];
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString("username=police%40enfield.example&password="
                        + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(signedIn).split(";")[0];
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/second-factor")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("code=123456")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    /**
     * Login CSRF: a page on another site posting the sign-in form (with or without the visitor's session cookie, with
     * a made-up token, or from another origin) signs nobody in; only the form's own token does (the test above).
     */
    @Test
    void theSignInFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        String anonymous = sessionCookie(get("/login")).split(";")[0];
        String credentials = "username=police%40enfield.example&password="
                + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8);
        for (String body : List.of(credentials, credentials + "&_csrf=made-up-token")) {
            for (String cookie : List.of(anonymous, "")) {
                HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (!cookie.isEmpty()) forged.header("Cookie", cookie);
                HttpResponse<String> answer = http.send(forged.build(), HttpResponse.BodyHandlers.ofString());

                // refused: back to the sign-in page, which says to sign in again (a sign-in would go on to "/")
                assertThat(answer.statusCode()).as(body + " with cookie " + cookie).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location")).get().asString()
                        .matches(".*/login(;[^?]*)?\\?expired");
                String session = answer.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().map(c -> c.split(";")[0])
                        .orElse(cookie);
                if (session.isEmpty()) continue;
                HttpResponse<String> afterwards = get("/second-factor", "Cookie", session);
                assertThat(afterwards.statusCode()).as("not signed in: sent back to the sign-in page").isEqualTo(302);
                assertThat(afterwards.headers().firstValue("Location")).get().asString().endsWith("/login");
            }
        }
    }

    /** A forged Host header is refused before anything runs, so no redirect can point at the forger's host. */
    @Test
    void aRequestNamingAnotherHostIsRefusedAndNeverRedirectedThere() throws Exception {
        for (String path : List.of("/board", "/login", "/")) {
            // Java's HTTP client will not send a Host of our choosing: a raw request, as an attacker would write it
            String answer;
            try (var socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: ev.il\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }

            assertThat(answer).as(path).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("Location:")
                    .doesNotContain("ev.il").contains("not one the workspace is served under");
        }
        HttpResponse<String> real = get("/board");
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location")).get().asString().startsWith("http://localhost:" + port);
    }

    @Test
    void hstsIsSentOnlyOnARequestThatCameOverTls() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        var overTls = mvc.perform(MockMvcRequestBuilders.get("/login").secure(true)).andReturn().getResponse();
        var plain = mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse();

        assertThat(overTls.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(overTls.getHeader("Content-Security-Policy")).isEqualTo(CSP);
    }

    /** Password and code through the real forms; the fully signed-in session's cookie ("JSESSIONID=..."). */
    private String signedInCookie(String email) throws Exception {
        HttpResponse<String> login = get("/login");
        String anonymous = sessionCookie(login).split(";")[0];
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> password = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String pending = sessionCookie(password).split(";")[0];
        Matcher token = CSRF.matcher(get("/second-factor", "Cookie", pending).body());
        assertThat(token.find()).isTrue();
        long step = org.lscp.workspace.domain.partnership.model.Totp.step(java.time.Instant.now());
        for (long s = step; s <= step + 1; s++) {
            HttpResponse<String> passed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/second-factor")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", pending).POST(HttpRequest.BodyPublishers.ofString("code="
                            + org.lscp.workspace.domain.partnership.model.Totp.code(DemoData.SECOND_FACTOR_SECRET, s)
                            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!passed.headers().firstValue("Location").orElse("").contains("error")) {
                return sessionCookie(passed).split(";")[0];
            }
        }
        throw new AssertionError("the second factor refused both codes");
    }

    @Test
    void signingOutEndsTheSessionOnTheServerSoTheOldCookieReachesOnlyTheSignInPage() throws Exception {
        String cookie = signedInCookie("police@enfield.example");
        HttpResponse<String> board = get("/contacts", "Cookie", cookie);
        assertThat(board.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(board.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> out = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/logout")).header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(302);

        HttpResponse<String> reused = get("/contacts", "Cookie", cookie);
        assertThat(reused.statusCode()).isEqualTo(302);
        assertThat(reused.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void aTamperedSessionCookieReachesOnlyTheSignInPage() throws Exception {
        String cookie = signedInCookie("health@enfield.example");
        assertThat(get("/contacts", "Cookie", cookie).statusCode()).isEqualTo(200);
        String id = cookie.substring("JSESSIONID=".length());
        String tampered = "JSESSIONID=" + id.substring(0, id.length() - 1) + (id.endsWith("A") ? "B" : "A");

        HttpResponse<String> refused = get("/contacts", "Cookie", tampered);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
