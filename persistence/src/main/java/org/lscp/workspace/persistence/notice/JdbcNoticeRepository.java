package org.lscp.workspace.persistence.notice;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcNoticeRepository implements NoticeRepository {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcNoticeRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Notice add(Notice n) {
        long id = insert(n, null);
        return new Notice(id, n.partnershipId(), n.recipient(), n.text(), n.subject(), n.createdAt(), null);
    }

    /** The unique key on (once key, recipient) makes this atomic: a reminder another node added first is refused. */
    @Override
    public boolean addOnce(Notice n, String key) {
        try {
            insert(n, key);
            return true;
        } catch (DuplicateKeyException sentAlready) {
            // InnoDB undoes just this statement: the sweep's transaction goes on
            return false;
        }
    }

    @Override
    public Set<MemberId> remindedOf(PartnershipId partnership, String key) {
        return new HashSet<>(jdbc.query("select recipient_id from notice where once_key = :key and partnership_id = :p",
                new MapSqlParameterSource("key", key).addValue("p", partnership.value()),
                (rs, n) -> new MemberId(rs.getLong(1))));
    }

    private long insert(Notice n, String key) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(notice_seq)", Long.class);
        jdbc.update("""
                insert into notice (id, partnership_id, recipient_id, text, subject, created_at, read_at, once_key)
                values (:id, :p, :m, :text, :subject, :at, null, :key)""",
                new MapSqlParameterSource("id", id).addValue("p", n.partnershipId().value())
                        .addValue("m", n.recipient().value()).addValue("text", n.text())
                        .addValue("subject", n.subject()).addValue("at", Utc.of(n.createdAt())).addValue("key", key));
        return id == null ? 0 : id;
    }

    @Override
    public List<Notice> forMember(PartnershipId partnership, MemberId member, PageRequest page) {
        return jdbc.query("""
                select * from notice where partnership_id = :p and recipient_id = :m
                 order by created_at desc, id desc limit :limit offset :offset""",
                new MapSqlParameterSource("p", partnership.value()).addValue("m", member.value())
                        .addValue("limit", page.limit()).addValue("offset", page.offset()),
                (rs, n) -> new Notice(rs.getLong("id"), partnership, member, rs.getString("text"),
                        rs.getString("subject"), Utc.read(rs, "created_at"), Utc.read(rs, "read_at")));
    }

    @Override
    public long unread(PartnershipId partnership, MemberId member) {
        Long n = jdbc.queryForObject("select count(*) from notice where partnership_id = :p and recipient_id = :m"
                        + " and read_at is null",
                new MapSqlParameterSource("p", partnership.value()).addValue("m", member.value()), Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public boolean isFor(PartnershipId partnership, MemberId member, long id) {
        Long n = jdbc.queryForObject("select count(*) from notice where partnership_id = :p and recipient_id = :m"
                        + " and id = :id",
                new MapSqlParameterSource("p", partnership.value()).addValue("m", member.value()).addValue("id", id),
                Long.class);
        return n != null && n > 0;
    }

    @Override
    public int markRead(PartnershipId partnership, MemberId member, Long id, Instant at) {
        return jdbc.update("update notice set read_at = :at where partnership_id = :p and recipient_id = :m"
                        + " and read_at is null and (:id is null or id = :id)",
                new MapSqlParameterSource("p", partnership.value()).addValue("m", member.value())
                        .addValue("id", id).addValue("at", Utc.of(at)));
    }
}
