package org.lscp.workspace.persistence.partnership;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SecondFactor;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.persistence.shared.SecretCipher;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors over JDBC. The authenticator secret is encrypted at rest by {@link SecretCipher} (AES-256-GCM under
 * {@code workspace.second-factor.key}). Recovery codes arrive hashed.
 */
@Component
class JdbcSecondFactorRepository implements SecondFactorRepository {
    private final NamedParameterJdbcTemplate jdbc;
    private final SecretCipher cipher;

    JdbcSecondFactorRepository(NamedParameterJdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<SecondFactor> find(MemberId member) {
        return jdbc.query("select * from member_second_factor where member_id = :m",
                new MapSqlParameterSource("m", member.value()),
                (rs, n) -> new SecondFactor(member, decrypt(rs.getString("secret")), Utc.read(rs, "enrolled_at"),
                        rs.getLong("last_step"))).stream().findFirst();
    }

    @Override
    @Transactional
    public void enrol(SecondFactor factor, Collection<String> recoveryCodeHashes) {
        remove(factor.member());
        jdbc.update("insert into member_second_factor (member_id, secret, enrolled_at, last_step) "
                        + "values (:m, :secret, :at, :step)",
                new MapSqlParameterSource("m", factor.member().value()).addValue("secret", encrypt(factor.secret()))
                        .addValue("at", Utc.of(factor.enrolledAt())).addValue("step", factor.lastStep()));
        for (String hash : recoveryCodeHashes) {
            jdbc.update("insert into member_recovery_code (member_id, code_hash) values (:m, :h)",
                    new MapSqlParameterSource("m", factor.member().value()).addValue("h", hash));
        }
    }

    @Override
    public boolean advance(MemberId member, long step) {
        return jdbc.update("update member_second_factor set last_step = :step where member_id = :m "
                + "and last_step < :step", new MapSqlParameterSource("m", member.value()).addValue("step", step)) == 1;
    }

    @Override
    public boolean useRecoveryCode(MemberId member, String codeHash, Instant at) {
        return jdbc.update("update member_recovery_code set used_at = :now where member_id = :m and code_hash = :h "
                        + "and used_at is null", new MapSqlParameterSource("m", member.value()).addValue("h", codeHash)
                .addValue("now", Utc.of(at))) == 1;
    }

    @Override
    public long unusedRecoveryCodes(MemberId member) {
        Long n = jdbc.queryForObject("select count(*) from member_recovery_code where member_id = :m "
                + "and used_at is null", new MapSqlParameterSource("m", member.value()), Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public void remove(MemberId member) {
        var params = new MapSqlParameterSource("m", member.value());
        jdbc.update("delete from member_recovery_code where member_id = :m", params);
        jdbc.update("delete from member_second_factor where member_id = :m", params);
    }

    private String encrypt(String secret) {
        return cipher.encrypt(secret);
    }

    private String decrypt(String stored) {
        return cipher.decrypt(stored, "An authenticator secret");
    }
}
