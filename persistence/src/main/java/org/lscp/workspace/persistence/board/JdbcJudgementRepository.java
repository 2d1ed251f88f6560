package org.lscp.workspace.persistence.board;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.model.AssuranceLevel;
import org.lscp.workspace.domain.board.port.out.JudgementRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.persistence.shared.Utc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Assurance judgements, appended (there is no update). */
@Component
class JdbcJudgementRepository implements JudgementRepository {
    private static final RowMapper<AssuranceJudgement> MAP = (rs, n) -> new AssuranceJudgement(rs.getLong("id"),
            new PartnershipId(rs.getLong("partnership_id")), new RecommendationId(rs.getLong("recommendation_id")),
            rs.getDate("meeting_date").toLocalDate(), AssuranceLevel.valueOf(rs.getString("level")),
            rs.getString("commentary"), new MemberId(rs.getLong("by_member")), rs.getString("by_name"),
            Utc.read(rs, "recorded_at"));
    private final NamedParameterJdbcTemplate jdbc;

    JdbcJudgementRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AssuranceJudgement save(AssuranceJudgement j) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(assurance_judgement_seq)", Long.class);
        jdbc.update("""
                insert into assurance_judgement (id, partnership_id, recommendation_id, meeting_date, level,
                  commentary, by_member, by_name, recorded_at)
                values (:id, :p, :r, :meeting, :level, :commentary, :by, :byName, :at)""",
                new MapSqlParameterSource("id", id).addValue("p", j.partnershipId().value())
                        .addValue("r", j.recommendation().value()).addValue("meeting", Date.valueOf(j.meetingDate()))
                        .addValue("level", j.level().name()).addValue("commentary", j.commentary())
                        .addValue("by", j.by().value()).addValue("byName", j.byName())
                        .addValue("at", Utc.of(j.recordedAt())));
        return new AssuranceJudgement(id, j.partnershipId(), j.recommendation(), j.meetingDate(), j.level(),
                j.commentary(), j.by(), j.byName(), j.recordedAt());
    }

    @Override
    public List<AssuranceJudgement> forRecommendation(PartnershipId partnership, RecommendationId recommendation) {
        return jdbc.query("""
                select * from assurance_judgement where partnership_id = :p and recommendation_id = :r
                 order by meeting_date desc, recorded_at desc, id desc""",
                new MapSqlParameterSource("p", partnership.value()).addValue("r", recommendation.value()), MAP);
    }

    @Override
    public Map<RecommendationId, AssuranceJudgement> latest(PartnershipId partnership, java.time.LocalDate meeting) {
        Map<RecommendationId, AssuranceJudgement> latest = new HashMap<>();
        jdbc.query("""
                select * from assurance_judgement where partnership_id = :p and meeting_date <= :meeting
                 order by recommendation_id, meeting_date, recorded_at, id""",
                new MapSqlParameterSource("p", partnership.value()).addValue("meeting", Date.valueOf(meeting)),
                rs -> {
                    AssuranceJudgement j = MAP.mapRow(rs, 0);
                    latest.put(j.recommendation(), j);
                });
        return latest;
    }
}
