package org.lscp.workspace.persistence.caseaudit;

import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.SampleFilter;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.caseaudit.model.AgencySection;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.port.out.CaseAuditRepository;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.persistence.shared.Utc;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Case audits: programmes and cases saved at a version, sections replaced per agency; ids kept as lists. */
@Component
class JdbcCaseAuditRepository implements CaseAuditRepository {
    private static final String CASES = """
            select a.*, c.reference, c.child_name from audit_case a join contact c on c.id = a.contact_id""";
    private static final RowMapper<AuditProgramme> PROGRAMME = (rs, n) -> new AuditProgramme(rs.getLong("id"),
            new PartnershipId(rs.getLong("partnership_id")), rs.getString("title"),
            AuditTheme.valueOf(rs.getString("theme")), ids(rs.getString("recommendations"), RecommendationId::new),
            day(rs, "sample_from"), day(rs, "sample_to"), new SampleFilter(
                    rs.getString("sample_rag") == null ? null : Rag.valueOf(rs.getString("sample_rag")),
                    rs.getObject("sample_source") == null ? null : new AgencyId(rs.getLong("sample_source"))),
            day(rs, "meets_on"),
            ids(rs.getString("auditors"), MemberId::new), new MemberId(rs.getLong("moderator_id")),
            rs.getLong("version"));
    private static final RowMapper<AuditCase> CASE = (rs, n) -> {
        long seed = rs.getLong("seed");
        Long seeded = rs.wasNull() ? null : seed;
        long reaudit = rs.getLong("reaudit_of");
        Long reauditOf = rs.wasNull() ? null : reaudit;
        AuditCase.Grading grading = rs.getString("overall") == null ? null : new AuditCase.Grading(
                grades(rs.getString("grades")), Grade.valueOf(rs.getString("overall")), rs.getString("rationale"),
                new MemberId(rs.getLong("graded_by")), rs.getString("graded_by_name"), Utc.read(rs, "graded_at"));
        AuditCase.Moderation moderation = rs.getString("moderated_grade") == null ? null : new AuditCase.Moderation(
                Grade.valueOf(rs.getString("moderated_grade")), rs.getBoolean("moderation_changed"),
                rs.getString("moderation_reason"), new MemberId(rs.getLong("moderated_by")),
                rs.getString("moderated_by_name"), Utc.read(rs, "moderated_at"));
        return new AuditCase(rs.getLong("id"), new PartnershipId(rs.getLong("partnership_id")),
                rs.getLong("programme_id"), rs.getInt("number"), new ContactId(rs.getLong("contact_id")),
                rs.getString("reference"), rs.getString("child_name"), ids(rs.getString("agencies"), AgencyId::new),
                seeded, reauditOf, grading, moderation, List.copyOf(ids(rs.getString("actions"), Long::valueOf)),
                rs.getLong("version"));
    };
    private static final RowMapper<AgencySection> SECTION = (rs, n) -> new AgencySection(rs.getLong("case_id"),
            new AgencyId(rs.getLong("agency_id")), rs.getString("knew"), rs.getString("did"),
            rs.getString("good_practice"), rs.getString("to_improve"), new MemberId(rs.getLong("by_member")),
            rs.getString("by_name"), Utc.read(rs, "written_at"));
    private final NamedParameterJdbcTemplate jdbc;

    JdbcCaseAuditRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }

    private static <T> Set<T> ids(String list, Function<Long, T> id) {
        if (list == null || list.isBlank()) return Set.of();
        return Arrays.stream(list.split(",")).map(s -> id.apply(Long.parseLong(s)))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String list(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Map<AuditDomain, Grade> grades(String written) {
        Map<AuditDomain, Grade> grades = new EnumMap<>(AuditDomain.class);
        if (written != null && !written.isBlank()) {
            for (String pair : written.split(",")) {
                String[] kv = pair.split("=");
                grades.put(AuditDomain.valueOf(kv[0]), Grade.valueOf(kv[1]));
            }
        }
        return grades;
    }

    @Override
    public AuditProgramme save(AuditProgramme p) {
        MapSqlParameterSource row = new MapSqlParameterSource("p", p.partnershipId().value())
                .addValue("title", p.title()).addValue("theme", p.theme().name())
                .addValue("recs", list(p.recommendations().stream().map(RecommendationId::value).sorted().toList()))
                .addValue("from", Date.valueOf(p.sampleFrom())).addValue("to", Date.valueOf(p.sampleTo()))
                .addValue("rag", p.sample().rag() == null ? null : p.sample().rag().name())
                .addValue("source", p.sample().source() == null ? null : p.sample().source().value())
                .addValue("meets", Date.valueOf(p.meetsOn()))
                .addValue("auditors", list(p.auditors().stream().map(MemberId::value).sorted().toList()))
                .addValue("moderator", p.moderator().value()).addValue("version", p.version());
        if (p.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("""
                    insert into audit_programme (partnership_id, title, theme, recommendations, sample_from, sample_to,
                      sample_rag, sample_source, meets_on, auditors, moderator_id, version)
                    values (:p, :title, :theme, :recs, :from, :to, :rag, :source, :meets, :auditors, :moderator, 0)""",
                    row, key,
                    new String[] {"id"});
            return programme(p.partnershipId(), key.getKey().longValue()).orElseThrow();
        }
        VersionedSave.requireUpdated(jdbc.update("""
                update audit_programme set title = :title, theme = :theme, recommendations = :recs,
                  sample_from = :from, sample_to = :to, sample_rag = :rag, sample_source = :source,
                  meets_on = :meets, auditors = :auditors,
                  moderator_id = :moderator, version = version + 1
                 where id = :id and partnership_id = :p and version = :version""", row.addValue("id", p.id())),
                "audit");
        return programme(p.partnershipId(), p.id()).orElseThrow();
    }

    @Override
    public Optional<AuditProgramme> programme(PartnershipId partnership, long id) {
        return jdbc.query("select * from audit_programme where id = :id and partnership_id = :p",
                new MapSqlParameterSource("id", id).addValue("p", partnership.value()), PROGRAMME).stream().findFirst();
    }

    @Override
    public List<AuditProgramme> programmes(PartnershipId partnership) {
        return jdbc.query("select * from audit_programme where partnership_id = :p order by meets_on desc, id desc",
                new MapSqlParameterSource("p", partnership.value()), PROGRAMME);
    }

    @Override
    public AuditCase save(AuditCase c) {
        AuditCase.Grading g = c.grading();
        AuditCase.Moderation m = c.moderation();
        java.time.Instant finalAt = m != null ? m.at() : g == null ? null : g.at();
        MapSqlParameterSource row = new MapSqlParameterSource("p", c.partnershipId().value())
                .addValue("programme", c.programmeId()).addValue("number", c.number())
                .addValue("contact", c.contact().value())
                .addValue("agencies", list(c.agencies().stream().map(AgencyId::value).sorted().toList()))
                .addValue("seed", c.seed()).addValue("reaudit", c.reauditOf())
                .addValue("grades", g == null ? null : g.domains().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().name() + "=" + e.getValue().name()).collect(Collectors.joining(",")))
                .addValue("overall", g == null ? null : g.overall().name())
                .addValue("rationale", g == null ? null : g.rationale())
                .addValue("gradedBy", g == null ? null : g.by().value())
                .addValue("gradedByName", g == null ? null : g.byName())
                .addValue("gradedAt", g == null ? null : Utc.of(g.at()))
                .addValue("moderated", m == null ? null : m.overall().name())
                .addValue("changed", m == null ? null : m.changed())
                .addValue("reason", m == null ? null : m.reason())
                .addValue("moderatedBy", m == null ? null : m.by().value())
                .addValue("moderatedByName", m == null ? null : m.byName())
                .addValue("moderatedAt", m == null ? null : Utc.of(m.at()))
                .addValue("final", c.finalGrade() == null ? null : c.finalGrade().name())
                .addValue("finalAt", finalAt == null ? null : Utc.of(finalAt))
                .addValue("actions", list(c.actions())).addValue("version", c.version());
        if (c.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("""
                    insert into audit_case (partnership_id, programme_id, number, contact_id, agencies, seed,
                      reaudit_of, grades, overall, rationale, graded_by, graded_by_name, graded_at, moderated_grade,
                      moderation_changed, moderation_reason, moderated_by, moderated_by_name, moderated_at,
                      final_grade, final_at, actions, version)
                    values (:p, :programme, :number, :contact, :agencies, :seed, :reaudit, :grades, :overall,
                      :rationale, :gradedBy, :gradedByName, :gradedAt, :moderated, :changed, :reason, :moderatedBy,
                      :moderatedByName, :moderatedAt, :final, :finalAt, :actions, 0)""", row, key, new String[] {"id"});
            return auditCase(c.partnershipId(), key.getKey().longValue()).orElseThrow();
        }
        VersionedSave.requireUpdated(jdbc.update("""
                update audit_case set agencies = :agencies, grades = :grades, overall = :overall,
                  rationale = :rationale, graded_by = :gradedBy, graded_by_name = :gradedByName,
                  graded_at = :gradedAt, moderated_grade = :moderated, moderation_changed = :changed,
                  moderation_reason = :reason, moderated_by = :moderatedBy, moderated_by_name = :moderatedByName,
                  moderated_at = :moderatedAt, final_grade = :final, final_at = :finalAt, actions = :actions,
                  version = version + 1
                 where id = :id and partnership_id = :p and version = :version""", row.addValue("id", c.id())),
                "case");
        return auditCase(c.partnershipId(), c.id()).orElseThrow();
    }

    @Override
    public Optional<AuditCase> auditCase(PartnershipId partnership, long id) {
        return jdbc.query(CASES + " where a.id = :id and a.partnership_id = :p",
                new MapSqlParameterSource("id", id).addValue("p", partnership.value()), CASE).stream().findFirst();
    }

    @Override
    public List<AuditCase> cases(PartnershipId partnership, long programmeId) {
        return jdbc.query(CASES + " where a.partnership_id = :p and a.programme_id = :programme order by a.number",
                new MapSqlParameterSource("p", partnership.value()).addValue("programme", programmeId), CASE);
    }

    @Override
    public void save(AgencySection s) {
        jdbc.update("""
                insert into audit_section (case_id, agency_id, knew, did, good_practice, to_improve, by_member,
                  by_name, written_at)
                values (:c, :a, :knew, :did, :good, :improve, :by, :byName, :at)
                on duplicate key update knew = :knew, did = :did, good_practice = :good, to_improve = :improve,
                  by_member = :by, by_name = :byName, written_at = :at""",
                new MapSqlParameterSource("c", s.caseId()).addValue("a", s.agency().value())
                        .addValue("knew", s.knew()).addValue("did", s.did()).addValue("good", s.goodPractice())
                        .addValue("improve", s.toImprove()).addValue("by", s.by().value())
                        .addValue("byName", s.byName()).addValue("at", Utc.of(s.at())));
    }

    @Override
    public List<AgencySection> sectionsOfProgramme(long programmeId) {
        return jdbc.query("""
                select s.* from audit_section s join audit_case c on c.id = s.case_id
                 where c.programme_id = :p order by s.case_id, s.agency_id""",
                new MapSqlParameterSource("p", programmeId), SECTION);
    }

    @Override
    public List<AgencySection> sections(long caseId) {
        return jdbc.query("select * from audit_section where case_id = :c order by agency_id",
                new MapSqlParameterSource("c", caseId), SECTION);
    }

    @Override
    public List<AuditCase> gradedCases(PartnershipId partnership, AuditTheme theme, LocalDate from, LocalDate to) {
        return jdbc.query(CASES + " " + """
                 join audit_programme p on p.id = a.programme_id
                 where a.partnership_id = :p and p.theme = :theme and a.final_at >= :from and a.final_at < :to
                 order by a.id""",
                new MapSqlParameterSource("p", partnership.value()).addValue("theme", theme.name())
                        .addValue("from", Utc.of(London.startOf(from)))
                        .addValue("to", Utc.of(London.startOfDayAfter(to))), CASE);
    }
}
