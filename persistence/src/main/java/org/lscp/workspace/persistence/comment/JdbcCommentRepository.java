package org.lscp.workspace.persistence.comment;

import org.lscp.workspace.persistence.shared.VersionedSave;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.comment.port.out.CommentRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCommentRepository implements CommentRepository {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcCommentRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Comment save(Comment c) {
        if (c.id() == null) {
            Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(comment_seq)", Long.class);
            jdbc.update("""
                    insert into comment (id, partnership_id, subject, author_id, author_name, text, created_at,
                      edited_at, version)
                    values (:id, :p, :subject, :author, :authorName, :text, :created, null, 0)""",
                    new MapSqlParameterSource("id", id).addValue("p", c.partnershipId().value())
                            .addValue("subject", c.subject()).addValue("author", c.author().value())
                            .addValue("authorName", c.authorName()).addValue("text", c.text())
                            .addValue("created", Utc.of(c.createdAt())));
            for (Comment.Mention m : c.mentions()) {
                jdbc.update("insert into comment_mention (comment_id, member_id, member_name) values (:c, :m, :n)",
                        new MapSqlParameterSource("c", id).addValue("m", m.member().value()).addValue("n", m.name()));
            }
            return find(c.partnershipId(), id).orElseThrow();
        }
        int updated = jdbc.update("""
                update comment set text = :text, edited_at = :edited, version = version + 1
                 where id = :id and partnership_id = :p and version = :version""",
                new MapSqlParameterSource("id", c.requireId()).addValue("p", c.partnershipId().value())
                        .addValue("text", c.text()).addValue("edited", Utc.of(c.editedAt()))
                        .addValue("version", c.version()));
        VersionedSave.requireUpdated(updated, "comment");
        return find(c.partnershipId(), c.requireId()).orElseThrow();
    }

    @Override
    public Optional<Comment> find(PartnershipId partnership, long id) {
        return comments("select * from comment where partnership_id = :p and id = :id",
                new MapSqlParameterSource("p", partnership.value()).addValue("id", id)).stream().findFirst();
    }

    @Override
    public List<Comment> on(PartnershipId partnership, String subject) {
        return comments("select * from comment where partnership_id = :p and subject = :s order by created_at, id",
                new MapSqlParameterSource("p", partnership.value()).addValue("s", subject));
    }

    private List<Comment> comments(String sql, MapSqlParameterSource params) {
        List<Comment> rows = jdbc.query(sql, params, (rs, n) -> new Comment(rs.getLong("id"),
                new PartnershipId(rs.getLong("partnership_id")), rs.getString("subject"),
                new MemberId(rs.getLong("author_id")), rs.getString("author_name"), rs.getString("text"), List.of(),
                Utc.read(rs, "created_at"), Utc.read(rs, "edited_at"), rs.getLong("version")));
        if (rows.isEmpty()) return rows;
        Map<Long, List<Comment.Mention>> mentions = new HashMap<>();
        jdbc.query("select * from comment_mention where comment_id in (:ids) order by member_name",
                new MapSqlParameterSource("ids", rows.stream().map(Comment::requireId).toList()), rs -> {
                    mentions.computeIfAbsent(rs.getLong("comment_id"), k -> new ArrayList<>()).add(
                            new Comment.Mention(new MemberId(rs.getLong("member_id")), rs.getString("member_name")));
                });
        return rows.stream().map(c -> new Comment(c.id(), c.partnershipId(), c.subject(), c.author(), c.authorName(),
                c.text(), mentions.getOrDefault(c.requireId(), List.of()), c.createdAt(), c.editedAt(), c.version()))
                .toList();
    }
}
