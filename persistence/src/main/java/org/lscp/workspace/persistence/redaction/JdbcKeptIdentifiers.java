package org.lscp.workspace.persistence.redaction;

import java.util.Optional;
import org.lscp.workspace.domain.redaction.model.KeptIdentifier;
import org.lscp.workspace.domain.redaction.port.out.KeptIdentifiers;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain SQL: one upserted row per member and text, read by primary key on each save; nothing here is edited through
 * a form as an entity, so JPA would add only mapping.
 */
@Component
class JdbcKeptIdentifiers implements KeptIdentifiers {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcKeptIdentifiers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(KeptIdentifier kept) {
        jdbc.update("""
                insert into child_identifier_kept (partnership_id, member_id, text_sha256, reason, identifiers, kept_at)
                values (:p, :m, :sha, :reason, :identifiers, :at)
                on duplicate key update reason = values(reason), identifiers = values(identifiers),
                  kept_at = values(kept_at)""",
                new MapSqlParameterSource("p", kept.partnershipId().value()).addValue("m", kept.memberId().value())
                        .addValue("sha", kept.textSha256()).addValue("reason", kept.reason())
                        .addValue("identifiers", kept.identifiers()).addValue("at", Utc.of(kept.keptAt())));
    }

    @Override
    public Optional<KeptIdentifier> find(PartnershipId partnership, MemberId member, String textSha256) {
        return jdbc.query("""
                        select * from child_identifier_kept
                         where partnership_id = :p and member_id = :m and text_sha256 = :sha""",
                new MapSqlParameterSource("p", partnership.value()).addValue("m", member.value())
                        .addValue("sha", textSha256),
                (rs, n) -> new KeptIdentifier(partnership, member, rs.getString("text_sha256"), rs.getString("reason"),
                        Utc.read(rs, "kept_at"), rs.getInt("identifiers"))).stream().findFirst();
    }
}
