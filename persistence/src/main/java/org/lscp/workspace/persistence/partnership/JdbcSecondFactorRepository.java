package org.lscp.workspace.persistence.partnership;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.lscp.workspace.domain.partnership.model.SecondFactor;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.persistence.shared.Utc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors over JDBC. The authenticator secret is encrypted at rest (AES-256-GCM, a random 96-bit nonce per
 * value) under {@code workspace.second-factor.key} (32 bytes in Base64); without it a fixed development key is used
 * and a warning logged — production sets its own. Recovery codes arrive hashed.
 */
@Component
class JdbcSecondFactorRepository implements SecondFactorRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSecondFactorRepository.class);
    private static final String DEVELOPMENT_KEY = "bHNjcC13b3Jrc3BhY2UtZGV2ZWxvcG1lbnQta2V5ISE="; // 32 bytes
    private static final SecureRandom RANDOM = new SecureRandom();
    private final NamedParameterJdbcTemplate jdbc;
    private final SecretKeySpec key;

    JdbcSecondFactorRepository(NamedParameterJdbcTemplate jdbc,
                               @Value("${workspace.second-factor.key:}") String configuredKey) {
        this.jdbc = jdbc;
        if (configuredKey.isBlank()) {
            LOG.warn("workspace.second-factor.key is not set: authenticator secrets are encrypted with the "
                    + "development key. Set WORKSPACE_SECOND_FACTOR_KEY (32 random bytes, Base64) in production.");
        }
        byte[] bytes = Base64.getDecoder().decode(configuredKey.isBlank() ? DEVELOPMENT_KEY : configuredKey.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("workspace.second-factor.key must be 32 bytes in Base64 (openssl rand "
                    + "-base64 32); it is " + bytes.length + " bytes.");
        }
        this.key = new SecretKeySpec(bytes, "AES");
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
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring("v1:".length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An authenticator secret cannot be read with the configured "
                    + "workspace.second-factor.key: was the key changed?", e);
        }
    }
}
