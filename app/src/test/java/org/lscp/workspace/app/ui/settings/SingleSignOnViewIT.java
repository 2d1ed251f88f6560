package org.lscp.workspace.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.AccessDeniedView;
import org.lscp.workspace.domain.partnership.model.SaveSingleSignOnCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class SingleSignOnViewIT extends SpringBrowserlessTest {
    private static final String ISSUER = "https://login.microsoftonline.com/5f6b1c2e/v2.0";
    @Autowired ManageSingleSignOnUseCase manage;
    @Autowired SingleSignOnUseCase singleSignOn;
    @Autowired SignInUseCase signIn;

    @Test
    @WithMember("admin@enfield.example")
    void anAdminSetsItUpWithMessagesNextToBadValuesAndTheSecretIsNeverShownBack() {
        var admin = DemoActors.actor(signIn, "admin@enfield.example");
        try {
            SingleSignOnView view = navigate(SingleSignOnView.class);
            assertThat(view.clientSecret.getHelperText()).startsWith("No secret saved yet");
            test(view.issuer).setValue("http://login.microsoftonline.com/tenant");
            test(view.allowedDomains).setValue("@enfield.gov.uk");
            test(view.enabled).click();
            test(view.save).click();
            assertThat(view.issuer.getErrorMessage()).startsWith("Enter the issuer as an https address");
            assertThat(view.clientId.getErrorMessage()).isEqualTo("Enter the client (application) id.");
            assertThat(view.allowedDomains.getErrorMessage()).contains("\"@enfield.gov.uk\" is not an email domain");
            assertThat(manage.get(admin)).as("nothing saved").isEmpty();

            test(view.issuer).setValue(ISSUER);
            test(view.clientId).setValue("0f1e2d3c-4b5a");
            test(view.allowedDomains).setValue("enfield.gov.uk\nmet.police.uk");
            test(view.save).click();
            assertThat(view.clientSecret.getErrorMessage()).as("on needs a secret")
                    .startsWith("Enter the client secret");

            test(view.clientSecret).setValue("Zx8Q~secret");
            test(view.save).click();
            assertThat(view.issuer.isInvalid()).isFalse();
            assertThat(view.clientSecret.getValue()).as("never shown back").isEmpty();
            assertThat(view.clientSecret.getHelperText()).startsWith("A secret is saved. Leave blank to keep it");
            assertThat(singleSignOn.provider(admin.partnershipId()).orElseThrow().clientSecret())
                    .isEqualTo("Zx8Q~secret");
            assertThat(singleSignOn.options()).anySatisfy(o -> assertThat(o.shortName()).isEqualTo("Enfield"));

            // a later edit with the secret left blank keeps it
            SingleSignOnView again = navigate(SingleSignOnView.class);
            assertThat(again.allowedDomains.getValue()).isEqualTo("enfield.gov.uk\nmet.police.uk");
            test(again.exemptProviderMfa).click();
            test(again.save).click();
            var saved = singleSignOn.provider(admin.partnershipId()).orElseThrow();
            assertThat(saved.clientSecret()).isEqualTo("Zx8Q~secret");
            assertThat(saved.exemptProviderMfa()).isTrue();
        } finally {
            manage.save(admin, new SaveSingleSignOnCommand(ISSUER, "off", null, List.of("enfield.gov.uk"), false,
                    false));
        }
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void othersAreRefused() {
        navigate("admin/single-sign-on", AccessDeniedView.class);
    }
}
