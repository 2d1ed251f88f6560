package org.lscp.workspace.persistence.partnership;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.model.SingleSignOnOption;
import org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.SecretCipher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single sign-on settings over plain SQL, like the second factor beside them: one small row per partnership, read on
 * every sign-in through the provider, with the client secret encrypted by {@link SecretCipher}.
 */
@Component
class JdbcSingleSignOnRepository implements SingleSignOnRepository {
    private final NamedParameterJdbcTemplate jdbc;
    private final SecretCipher cipher;

    JdbcSingleSignOnRepository(NamedParameterJdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<SingleSignOn> find(PartnershipId partnership) {
        return jdbc.query("select * from partnership_sso where partnership_id = :p",
                new MapSqlParameterSource("p", partnership.value()), (rs, n) -> {
                    String secret = rs.getString("client_secret");
                    return new SingleSignOn(partnership, rs.getString("issuer"), rs.getString("client_id"),
                            secret == null ? null : cipher.decrypt(secret, "A single sign-on client secret"),
                            Arrays.stream(rs.getString("allowed_domains").split(" ")).filter(d -> !d.isEmpty())
                                    .toList(),
                            rs.getBoolean("exempt_provider_mfa"), rs.getBoolean("enabled"));
                }).stream().findFirst();
    }

    @Override
    public void save(SingleSignOn sso) {
        jdbc.update("""
                insert into partnership_sso (partnership_id, issuer, client_id, client_secret, allowed_domains,
                  exempt_provider_mfa, enabled)
                values (:p, :issuer, :client, :secret, :domains, :exempt, :enabled)
                on duplicate key update issuer = :issuer, client_id = :client, client_secret = :secret,
                  allowed_domains = :domains, exempt_provider_mfa = :exempt, enabled = :enabled""",
                new MapSqlParameterSource("p", sso.partnershipId().value()).addValue("issuer", sso.issuer())
                        .addValue("client", sso.clientId())
                        .addValue("secret", sso.hasSecret() ? cipher.encrypt(sso.clientSecret()) : null)
                        .addValue("domains", String.join(" ", sso.allowedDomains()))
                        .addValue("exempt", sso.exemptProviderMfa()).addValue("enabled", sso.enabled()));
    }

    @Override
    public List<SingleSignOnOption> enabled() {
        return jdbc.query("select p.id, p.name from partnership_sso s join partnership p on p.id = s.partnership_id "
                        + "where s.enabled order by p.name", new MapSqlParameterSource(),
                (rs, n) -> new SingleSignOnOption(new PartnershipId(rs.getLong("id")), rs.getString("name")));
    }
}
