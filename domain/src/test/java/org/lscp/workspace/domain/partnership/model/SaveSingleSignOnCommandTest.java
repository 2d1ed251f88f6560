package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.ValidationException;

class SaveSingleSignOnCommandTest {
    private static final String ENTRA = "https://login.microsoftonline.com/5f6b1c2e-0000-4000-8000-000000000000/v2.0";

    private static SaveSingleSignOnCommand command(String issuer, String clientId, String secret,
                                                   List<String> domains) {
        return new SaveSingleSignOnCommand(issuer, clientId, secret, domains, false, true);
    }

    private static java.util.Map<String, String> errors(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void anEntraSetUpIsAcceptedAndTidied() {
        var c = command(" " + ENTRA + " ", " 0f1e2d3c-client ", "  s3cret~value  ",
                List.of("Enfield.GOV.uk", " met.police.uk", "enfield.gov.uk", ""));
        assertThat(c.issuer()).isEqualTo(ENTRA);
        assertThat(c.clientId()).isEqualTo("0f1e2d3c-client");
        assertThat(c.clientSecret()).isEqualTo("s3cret~value");
        assertThat(c.allowedDomains()).containsExactly("enfield.gov.uk", "met.police.uk");
    }

    @Test
    void aBlankSecretMeansKeepTheSavedOne() {
        assertThat(command(ENTRA, "id", "   ", List.of("enfield.gov.uk")).clientSecret()).isNull();
        assertThat(command(ENTRA, "id", null, List.of("enfield.gov.uk")).clientSecret()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://login.example.org/tenant", "login.microsoftonline.com/tenant", "ftp://x.example",
            "https://", "https://login.example.org/t?x=1", "https://login.example.org/t#top",
            "https://user:pw@login.example.org/t", "not a url at all", "http://localhost.evil.example/default"})
    void theIssuerMustBeAnHttpsAddress(String issuer) {
        assertThat(errors(() -> command(issuer, "id", "s", List.of("enfield.gov.uk"))))
                .containsOnlyKeys("issuer").containsValue("Enter the issuer as an https address, e.g. "
                        + "https://login.microsoftonline.com/<tenant id>/v2.0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8123/default", "http://127.0.0.1:9000/default"})
    void plainHttpOnlyOnThisMachineForTesting(String issuer) {
        assertThat(command(issuer, "id", "s", List.of("enfield.gov.uk")).issuer()).isEqualTo(issuer);
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(errors(() -> command(" ", "", null, List.of())))
                .containsEntry("issuer", "Enter the issuer address.")
                .containsEntry("clientId", "Enter the client (application) id.")
                .containsEntry("allowedDomains", "Enter at least one email domain, e.g. enfield.gov.uk.")
                .doesNotContainKey("clientSecret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@enfield.gov.uk", "enfield", "enfield..gov.uk", "-enfield.gov.uk", "enfield.gov.uk.",
            "*.enfield.gov.uk", "name@enfield.gov.uk", "enfield gov uk!"})
    void domainsAreWrittenLikeEnfieldGovUk(String domain) {
        assertThat(errors(() -> command(ENTRA, "id", "s", List.of("met.police.uk", domain))))
                .containsOnlyKeys("allowedDomains");
    }

    @Test
    void domainsTypedInOneFieldAreSplitOnCommasSpacesAndLines() {
        assertThat(SaveSingleSignOnCommand.domains("enfield.gov.uk, met.police.uk\nnhs.net;  ,enfield.gov.uk"))
                .containsExactly("enfield.gov.uk", "met.police.uk", "nhs.net");
        assertThat(SaveSingleSignOnCommand.domains(null)).isEmpty();
    }

    @Test
    void theSecretStaysOnOneLineAndWithinBounds() {
        assertThat(errors(() -> command(ENTRA, "id", "a\nb", List.of("enfield.gov.uk"))))
                .containsOnlyKeys("clientSecret");
        assertThat(errors(() -> command(ENTRA, "id", "x".repeat(501), List.of("enfield.gov.uk"))))
                .containsOnlyKeys("clientSecret");
    }

    @Test
    void theSettingsMatchDomainsExactlyAndNameTheirRegistration() {
        SingleSignOn sso = new SingleSignOn(new PartnershipId(12), ENTRA, "id", "s", List.of("enfield.gov.uk"), false,
                true);
        assertThat(sso.allows("dan.price@enfield.gov.uk")).isTrue();
        assertThat(sso.allows("dan@sub.enfield.gov.uk")).as("subdomains are listed one by one").isFalse();
        assertThat(sso.allows("dan@enfield.gov.uk.evil.example")).isFalse();
        assertThat(sso.allows("enfield.gov.uk")).isFalse();
        assertThat(sso.registrationId()).isEqualTo("p12");
        assertThat(SingleSignOn.partnershipOf("p12")).contains(new PartnershipId(12));
        assertThat(SingleSignOn.partnershipOf("google")).isEmpty();
        assertThat(SingleSignOn.partnershipOf("p0")).isEmpty();
        assertThat(SingleSignOn.partnershipOf(null)).isEmpty();
        assertThat(sso.snapshot().toString()).contains("client secret: set").doesNotContain(": s\n");
        assertThat(new SingleSignOnOption(new PartnershipId(1), "Enfield Safeguarding Children Partnership")
                .shortName()).isEqualTo("Enfield");
        assertThat(new SingleSignOnOption(new PartnershipId(1), "Tri-borough").shortName()).isEqualTo("Tri-borough");
    }

    @Test
    void aSecondFactorAtTheProviderShowsInAmrOrAcr() {
        assertThat(new ProviderClaims("a@b.uk", true, List.of("pwd", "mfa"), null).secondFactorAtProvider())
                .as("Entra ID").isTrue();
        assertThat(new ProviderClaims("a@b.uk", true, List.of("hwk"), null).secondFactorAtProvider()).isTrue();
        assertThat(new ProviderClaims("a@b.uk", true, List.of("pwd"), null).secondFactorAtProvider()).isFalse();
        assertThat(new ProviderClaims("a@b.uk", true, List.of("pwd", "pin", "kba", "rba", "wia"), "1")
                .secondFactorAtProvider()).isFalse();
        assertThat(new ProviderClaims("a@b.uk", true, null, null).secondFactorAtProvider()).isFalse();
        assertThat(new ProviderClaims("a@b.uk", true, List.of("pwd"),
                "http://schemas.openid.net/pape/policies/2007/06/multi-factor").secondFactorAtProvider()).isTrue();
        assertThat(new ProviderClaims("a@b.uk", true, List.of(), "phr").secondFactorAtProvider()).isTrue();
    }

    @Test
    void claimsAreReadAsTheProviderSendsThem() {
        ProviderClaims entra = ProviderClaims.from(java.util.Map.of("email", "Dan.Price@enfield.gov.uk",
                "xms_edov", true, "amr", List.of("pwd", "mfa")));
        assertThat(entra).isEqualTo(new ProviderClaims("Dan.Price@enfield.gov.uk", true, List.of("pwd", "mfa"), null));
        assertThat(entra.secondFactorAtProvider()).isTrue();
        assertThat(ProviderClaims.from(java.util.Map.of("email", "a@b.uk", "email_verified", "true", "acr", "phr",
                "amr", "otp"))).isEqualTo(new ProviderClaims("a@b.uk", true, List.of("otp"), "phr"));
        assertThat(ProviderClaims.from(java.util.Map.of("email", "a@b.uk", "email_verified", false)).emailVerified())
                .isFalse();
        assertThat(ProviderClaims.from(java.util.Map.of("sub", "x"))).isEqualTo(new ProviderClaims(null, false,
                List.of(), null));
    }
}
