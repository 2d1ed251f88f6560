package org.lscp.workspace.domain.partnership.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/**
 * What an admin types to set up single sign-on; validates itself. The issuer must be an https address (plain http
 * only on this machine, {@code localhost} or {@code 127.0.0.1}, for testing); domains are written like
 * {@code enfield.gov.uk}, separated by commas, spaces or new lines. A blank secret keeps the one already saved.
 */
public record SaveSingleSignOnCommand(String issuer, String clientId, @Nullable String clientSecret,
                                      List<String> allowedDomains, boolean exemptProviderMfa, boolean enabled) {
    public static final int ISSUER_MAX = 500;
    public static final int CLIENT_ID_MAX = 200;
    public static final int SECRET_MAX = 500;
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    public SaveSingleSignOnCommand {
        Check check = new Check().text("issuer", issuer, "the issuer address", ISSUER_MAX)
                .text("clientId", clientId, "the client (application) id", CLIENT_ID_MAX);
        String issuerLine = Text.line(issuer);
        if (issuerLine != null && !Text.hasLineBreak(issuer)) {
            check.that(issuerAcceptable(issuerLine), "issuer", "Enter the issuer as an https address, e.g. "
                    + "https://login.microsoftonline.com/<tenant id>/v2.0.");
        }
        String secret = clientSecret == null ? "" : clientSecret.strip();
        check.that(secret.length() <= SECRET_MAX, "clientSecret",
                "The client secret must be " + SECRET_MAX + " characters or fewer.");
        check.that(!secret.contains("\n"), "clientSecret", "The client secret must be on one line.");
        List<String> domains = allowedDomains == null ? List.of() : allowedDomains.stream()
                .map(d -> d == null ? "" : d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                .distinct().toList();
        check.that(!domains.isEmpty(), "allowedDomains", "Enter at least one email domain, e.g. enfield.gov.uk.");
        domains.stream().filter(d -> !DOMAIN.matcher(d).matches()).findFirst().ifPresent(bad -> check.fail(
                "allowedDomains", "\"" + bad + "\" is not an email domain: write it like enfield.gov.uk, without @."));
        check.done();
        // kept exactly as typed: the provider's discovery document must name the very same issuer
        issuer = issuerLine;
        clientId = Text.line(clientId);
        clientSecret = secret.isEmpty() ? null : secret;
        allowedDomains = domains;
    }

    /** Domains typed in one field, separated by commas, semicolons, spaces or new lines. */
    public static List<String> domains(@Nullable String typed) {
        if (typed == null) return List.of();
        Set<String> domains = new LinkedHashSet<>(Arrays.asList(typed.split("[,;\\s]+")));
        domains.remove("");
        return List.copyOf(domains);
    }

    private static boolean issuerAcceptable(String issuer) {
        try {
            URI uri = new URI(issuer);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                return false;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return "https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme())
                    && (host.equals("localhost") || host.equals("127.0.0.1"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
