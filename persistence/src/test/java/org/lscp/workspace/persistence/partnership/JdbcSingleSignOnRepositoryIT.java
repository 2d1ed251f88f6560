package org.lscp.workspace.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Single sign-on settings on MariaDB: the round trip, the client secret never stored as typed, the enabled list. */
@SpringBootTest
class JdbcSingleSignOnRepositoryIT {
    private static final String SECRET = "Zx8Q~entra-client-secret.with~symbols_£";
    @Autowired SingleSignOnRepository repository;
    @Autowired PartnershipRepository partnerships;
    @Autowired JdbcTemplate sql;
    @Autowired PlatformTransactionManager transactions;

    private PartnershipId partnership(String name) {
        return new TransactionTemplate(transactions).execute(s ->
                partnerships.save(new Partnership(null, System.nanoTime() + " " + name, "LA")).id());
    }

    private String stored(PartnershipId p) {
        return sql.queryForObject("select client_secret from partnership_sso where partnership_id = ?", String.class,
                p.value());
    }

    @Test
    void settingsRoundTripWithTheSecretEncryptedAtRest() {
        PartnershipId p = partnership("Enfield Safeguarding Children Partnership");
        assertThat(repository.find(p)).isEmpty();
        SingleSignOn sso = new SingleSignOn(p, "https://login.microsoftonline.com/tenant/v2.0", "client-1", SECRET,
                List.of("enfield.gov.uk", "met.police.uk"), true, true);
        repository.save(sso);
        assertThat(repository.find(p)).contains(sso);
        String first = stored(p);
        assertThat(first).startsWith("v1:").doesNotContain(SECRET).doesNotContain("entra");

        // saved again (an edit): a fresh nonce, the same secret read back; other fields replaced
        SingleSignOn edited = new SingleSignOn(p, sso.issuer(), "client-2", SECRET, List.of("enfield.gov.uk"), false,
                false);
        repository.save(edited);
        assertThat(stored(p)).isNotEqualTo(first);
        assertThat(repository.find(p)).contains(edited);
    }

    @Test
    void withoutASecretWhileOffAndOnlyTheEnabledOnTheSignInList() {
        PartnershipId off = partnership("Off Partnership");
        PartnershipId on = partnership("On Safeguarding Children Partnership");
        repository.save(new SingleSignOn(off, "https://idp.example.org", "c", null, List.of("off.example.org"), false,
                false));
        repository.save(new SingleSignOn(on, "https://idp.example.org", "c", "s", List.of("on.example.org"), false,
                true));
        assertThat(repository.find(off).orElseThrow().clientSecret()).isNull();
        assertThat(stored(off)).isNull();
        assertThat(repository.enabled()).anySatisfy(o -> {
            assertThat(o.partnershipId()).isEqualTo(on);
            assertThat(o.shortName()).endsWith(" On");
        }).noneMatch(o -> o.partnershipId().equals(off));
    }
}
