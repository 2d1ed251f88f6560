package org.lscp.workspace.persistence.section11;

import java.sql.Date;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.plan.model.EvidenceFile;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.section11.model.Answer;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.Review;
import org.lscp.workspace.domain.section11.port.out.Section11Repository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Section 11 cycles (inserted) and answers (saved at a version). */
@Component
class JdbcSection11Repository implements Section11Repository {
    private static final RowMapper<Cycle> CYCLE = (rs, n) -> {
        Map<AgencyId, MemberId> leads = new LinkedHashMap<>();
        String written = rs.getString("leads");
        if (!written.isBlank()) {
            for (String pair : written.split(",")) {
                String[] kv = pair.split("=");
                leads.put(new AgencyId(Long.parseLong(kv[0])), new MemberId(Long.parseLong(kv[1])));
            }
        }
        return new Cycle(rs.getLong("id"), new PartnershipId(rs.getLong("partnership_id")), rs.getString("title"),
                rs.getDate("due_on").toLocalDate(), Arrays.asList(rs.getString("standards").split("\n")), leads,
                rs.getLong("version"));
    };
    private static final RowMapper<Answer> ANSWER = (rs, n) -> {
        long by = rs.getLong("by_member");
        MemberId member = rs.wasNull() ? null : new MemberId(by);
        long action = rs.getLong("action_id");
        Long actionId = rs.wasNull() ? null : action;
        long fileId = rs.getLong("file_id");
        Answer.Attachment file = rs.wasNull() ? null : new Answer.Attachment(fileId, new EvidenceFile(
                rs.getString("file_name"), EvidenceFileType.valueOf(rs.getString("file_type")), rs.getLong("file_size")));
        return new Answer(rs.getLong("cycle_id"), new AgencyId(rs.getLong("agency_id")), rs.getInt("standard"),
                Rating.valueOf(rs.getString("rating")), rs.getString("evidence"), rs.getString("link"), file,
                rs.getBoolean("carried"), member, rs.getString("by_name"),
                rs.getTimestamp("answered_at") == null ? null : Utc.read(rs, "answered_at"),
                Review.valueOf(rs.getString("review")), rs.getString("challenge"), rs.getString("response"), actionId,
                rs.getLong("version"));
    };
    private final NamedParameterJdbcTemplate jdbc;

    JdbcSection11Repository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Cycle save(Cycle c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into section11_cycle (partnership_id, title, due_on, standards, leads, version)
                values (:p, :title, :due, :standards, :leads, 0)""",
                new MapSqlParameterSource("p", c.partnershipId().value()).addValue("title", c.title())
                        .addValue("due", Date.valueOf(c.dueOn())).addValue("standards", String.join("\n",
                                c.standards()))
                        .addValue("leads", c.leads().entrySet().stream().map(e -> e.getKey().value() + "="
                                + e.getValue().value()).sorted().collect(Collectors.joining(","))), key,
                new String[] {"id"});
        return cycle(c.partnershipId(), key.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<Cycle> cycle(PartnershipId partnership, long id) {
        return jdbc.query("select * from section11_cycle where id = :id and partnership_id = :p",
                new MapSqlParameterSource("id", id).addValue("p", partnership.value()), CYCLE).stream().findFirst();
    }

    @Override
    public List<Cycle> cycles(PartnershipId partnership) {
        return jdbc.query("select * from section11_cycle where partnership_id = :p order by id desc",
                new MapSqlParameterSource("p", partnership.value()), CYCLE);
    }

    @Override
    public Answer save(Answer a) {
        MapSqlParameterSource row = new MapSqlParameterSource("c", a.cycleId()).addValue("a", a.agency().value())
                .addValue("s", a.standard()).addValue("rating", a.rating().name()).addValue("evidence", a.evidence())
                .addValue("link", a.link()).addValue("carried", a.carried())
                .addValue("fileId", a.file() == null ? null : a.file().id())
                .addValue("fileName", a.file() == null ? null : a.file().about().fileName())
                .addValue("fileType", a.file() == null ? null : a.file().about().type().name())
                .addValue("fileSize", a.file() == null ? null : a.file().about().size())
                .addValue("by", a.by() == null ? null : a.by().value()).addValue("byName", a.byName())
                .addValue("at", a.at() == null ? null : Utc.of(a.at())).addValue("review", a.review().name())
                .addValue("challenge", a.challenge()).addValue("response", a.response())
                .addValue("action", a.action()).addValue("version", a.version());
        if (a.version() < 0) {
            jdbc.update("""
                    insert into section11_answer (cycle_id, agency_id, standard, rating, evidence, link, file_id,
                      file_name, file_type, file_size, carried, by_member, by_name, answered_at, review, challenge,
                      response, action_id, version)
                    values (:c, :a, :s, :rating, :evidence, :link, :fileId, :fileName, :fileType, :fileSize, :carried,
                      :by, :byName, :at, :review, :challenge, :response, :action, 0)""", row);
        } else {
            VersionedSave.requireUpdated(jdbc.update("""
                    update section11_answer set rating = :rating, evidence = :evidence, link = :link,
                      file_id = :fileId, file_name = :fileName, file_type = :fileType, file_size = :fileSize, carried = :carried, by_member = :by, by_name = :byName, answered_at = :at, review = :review,
                      challenge = :challenge, response = :response, action_id = :action, version = version + 1
                     where cycle_id = :c and agency_id = :a and standard = :s and version = :version""", row),
                    "answer");
        }
        return jdbc.query("select * from section11_answer where cycle_id = :c and agency_id = :a and standard = :s",
                row, ANSWER).getFirst();
    }

    @Override
    public long saveFile(PartnershipId partnership, byte[] content) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into section11_file (partnership_id, content) values (:p, :content)",
                new MapSqlParameterSource("p", partnership.value()).addValue("content", content), key,
                new String[] {"id"});
        return key.getKey().longValue();
    }

    @Override
    public Optional<byte[]> file(PartnershipId partnership, long id) {
        return jdbc.query("select content from section11_file where id = :id and partnership_id = :p",
                new MapSqlParameterSource("id", id).addValue("p", partnership.value()),
                (rs, n) -> rs.getBytes("content")).stream().findFirst();
    }

    @Override
    public List<Answer> answers(long cycleId) {
        return jdbc.query("select * from section11_answer where cycle_id = :c order by agency_id, standard",
                new MapSqlParameterSource("c", cycleId), ANSWER);
    }
}
