package org.lscp.workspace.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.domain.fixtures.SingleSignOnContract;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Single sign-on settings on MariaDB: the contract the fake passes, and the client secret never stored as typed. */
@SpringBootTest
class JdbcSingleSignOnRepositoryIT extends SingleSignOnContract {
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate sql;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }

    private String stored(PartnershipId p) {
        return sql.queryForObject("select client_secret from partnership_sso where partnership_id = ?", String.class,
                p.value());
    }

    @Test
    void theSecretIsEncryptedAtRestWithAFreshNonceOnEverySaveAndNotStoredWhileAbsent() {
        PartnershipId p = newPartnership("Enfield");
        SingleSignOn sso = new SingleSignOn(p, "https://login.microsoftonline.com/tenant/v2.0", "client-1", SECRET,
                List.of("enfield.gov.uk"), true, true);
        txRun(() -> repository.save(sso));
        String first = stored(p);
        assertThat(first).startsWith("v1:").doesNotContain(SECRET).doesNotContain("entra");
        txRun(() -> repository.save(sso));
        assertThat(stored(p)).isNotEqualTo(first);
        assertThat(repository.find(p).orElseThrow().clientSecret()).isEqualTo(SECRET);

        PartnershipId off = newPartnership("Off");
        txRun(() -> repository.save(new SingleSignOn(off, "https://idp.example.org", "c", null, List.of("x.org"),
                false, false)));
        assertThat(stored(off)).isNull();
    }
}
