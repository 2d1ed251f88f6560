package org.lscp.workspace.persistence.frontdoor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.Conference;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.DiscussionOutcome;
import org.lscp.workspace.domain.frontdoor.model.Invitation;
import org.lscp.workspace.domain.frontdoor.model.SectionFortySeven;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Strategy discussions and their invitations over JDBC; an invitation reads its agency's name and kind. */
@Component
class JdbcStrategyDiscussionRepository implements StrategyDiscussionRepository {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcStrategyDiscussionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StrategyDiscussion insert(StrategyDiscussion d) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval(strategy_discussion_seq)", Long.class);
        jdbc.update("""
                insert into strategy_discussion (id, partnership_id, contact_id, decision_id, held_at, convened_by,
                  convened_by_name, enquiry, no_enquiry_reason, immediate_safety_action, rationale, medical_needed,
                  medical_arranged_for, no_medical_reason, conference_unnecessary, conference_unnecessary_reason,
                  conference_date, conference_plan, version)
                values (:id, :p, :contact, :decision, :heldAt, :convenedBy, :convenedByName, :enquiry, :noEnquiry,
                  :safety, :rationale, :medical, :medicalOn, :noMedical, :unnecessary, :unnecessaryReason,
                  :conferenceOn, :plan, 0)""",
                recorded(d).addValue("id", id).addValue("p", d.partnershipId().value())
                        .addValue("contact", d.contactId().value()).addValue("decision", d.decisionId())
                        .addValue("heldAt", Utc.of(d.heldAt())).addValue("convenedBy", d.convenedBy().value())
                        .addValue("convenedByName", d.convenedByName()));
        for (Invitation i : d.invited()) {
            jdbc.update("""
                    insert into discussion_invitation (discussion_id, agency_id, took_part, shared, recorded_by,
                      recorded_by_name, recorded_at)
                    values (:id, :agency, :tookPart, :shared, :by, :byName, :at)""", invitation(id, i));
        }
        return find(d.partnershipId(), id).orElseThrow();
    }

    @Override
    public StrategyDiscussion save(StrategyDiscussion d) {
        int updated = jdbc.update("""
                update strategy_discussion set enquiry = :enquiry, no_enquiry_reason = :noEnquiry,
                  immediate_safety_action = :safety, rationale = :rationale, medical_needed = :medical,
                  medical_arranged_for = :medicalOn, no_medical_reason = :noMedical,
                  conference_unnecessary = :unnecessary, conference_unnecessary_reason = :unnecessaryReason,
                  conference_date = :conferenceOn, conference_plan = :plan,
                  version = version + 1
                where id = :id and partnership_id = :p and version = :version""",
                recorded(d).addValue("id", d.requireId()).addValue("p", d.partnershipId().value())
                        .addValue("version", d.version()));
        VersionedSave.requireUpdated(updated, "strategy discussion");
        for (Invitation i : d.invited()) {
            jdbc.update("""
                    update discussion_invitation set took_part = :tookPart, shared = :shared, recorded_by = :by,
                      recorded_by_name = :byName, recorded_at = :at
                    where discussion_id = :id and agency_id = :agency""", invitation(d.requireId(), i));
        }
        return find(d.partnershipId(), d.requireId()).orElseThrow();
    }

    /** What is recorded after the discussion is convened: its outcome and its conference. */
    private static MapSqlParameterSource recorded(StrategyDiscussion d) {
        DiscussionOutcome o = d.outcome();
        Conference c = d.conference();
        return new MapSqlParameterSource()
                .addValue("enquiry", o == null ? null : o.enquiry().name())
                .addValue("noEnquiry", o == null ? null : o.noEnquiryReason())
                .addValue("safety", o == null ? null : o.immediateSafetyAction())
                .addValue("rationale", o == null ? null : o.rationale())
                .addValue("medical", o == null ? null : o.medicalNeeded())
                .addValue("medicalOn", o == null ? null : o.medicalArrangedFor())
                .addValue("noMedical", o == null ? null : o.noMedicalReason())
                .addValue("unnecessary", c == null ? null : c.deemedUnnecessary())
                .addValue("unnecessaryReason", c == null ? null : c.unnecessaryReason())
                .addValue("conferenceOn", c == null ? null : c.date())
                .addValue("plan", c == null ? null : c.resultedInPlan());
    }

    private static MapSqlParameterSource invitation(long discussion, Invitation i) {
        return new MapSqlParameterSource("id", discussion).addValue("agency", i.agency().value())
                .addValue("tookPart", i.tookPart()).addValue("shared", i.shared())
                .addValue("by", i.recordedBy() == null ? null : i.recordedBy().value())
                .addValue("byName", i.recordedByName()).addValue("at", Utc.of(i.recordedAt()));
    }

    @Override
    public Optional<StrategyDiscussion> find(PartnershipId partnership, long id) {
        return discussions("select * from strategy_discussion where id = :id and partnership_id = :p",
                new MapSqlParameterSource("id", id).addValue("p", partnership.value())).stream().findFirst();
    }

    @Override
    public Optional<StrategyDiscussion> latestFor(PartnershipId partnership, ContactId contact) {
        return discussions("""
                select * from strategy_discussion where partnership_id = :p and contact_id = :contact
                order by held_at desc, id desc limit 1""",
                new MapSqlParameterSource("p", partnership.value()).addValue("contact", contact.value()))
                .stream().findFirst();
    }

    private List<StrategyDiscussion> discussions(String sql, MapSqlParameterSource params) {
        List<StrategyDiscussion> found = jdbc.query(sql, params, JdbcStrategyDiscussionRepository::map);
        if (found.isEmpty()) return found;
        Map<Long, List<Invitation>> invited = new HashMap<>();
        jdbc.query("""
                select i.*, a.name as agency_name, a.kind as agency_kind from discussion_invitation i
                join agency a on a.id = i.agency_id where i.discussion_id in (:ids) order by a.name""",
                new MapSqlParameterSource("ids", found.stream().map(StrategyDiscussion::requireId).toList()),
                rs -> {
                    invited.computeIfAbsent(rs.getLong("discussion_id"), k -> new ArrayList<>()).add(invitation(rs));
                });
        return found.stream().map(d -> new StrategyDiscussion(d.id(), d.partnershipId(), d.contactId(),
                d.decisionId(), d.heldAt(), d.convenedBy(), d.convenedByName(),
                invited.getOrDefault(d.requireId(), List.of()), d.outcome(), d.conference(), d.version())).toList();
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        long by = rs.getLong("recorded_by");
        MemberId recordedBy = rs.wasNull() ? null : new MemberId(by);
        return new Invitation(new AgencyId(rs.getLong("agency_id")), rs.getString("agency_name"),
                AgencyKind.valueOf(rs.getString("agency_kind")), bool(rs, "took_part"), rs.getString("shared"),
                recordedBy, rs.getString("recorded_by_name"), Utc.read(rs, "recorded_at"));
    }

    private static StrategyDiscussion map(ResultSet rs, int n) throws SQLException {
        String enquiry = rs.getString("enquiry");
        DiscussionOutcome outcome = enquiry == null ? null : new DiscussionOutcome(SectionFortySeven.valueOf(enquiry),
                rs.getString("no_enquiry_reason"), rs.getString("immediate_safety_action"), rs.getString("rationale"),
                rs.getBoolean("medical_needed"), rs.getObject("medical_arranged_for", LocalDate.class),
                rs.getString("no_medical_reason"));
        Boolean unnecessary = bool(rs, "conference_unnecessary");
        Conference conference = unnecessary == null ? null : new Conference(unnecessary,
                rs.getString("conference_unnecessary_reason"), rs.getObject("conference_date", LocalDate.class),
                bool(rs, "conference_plan"));
        return new StrategyDiscussion(rs.getLong("id"), new PartnershipId(rs.getLong("partnership_id")),
                new ContactId(rs.getLong("contact_id")), rs.getObject("decision_id", Long.class), Utc.read(rs, "held_at"),
                new MemberId(rs.getLong("convened_by")), rs.getString("convened_by_name"), List.of(), outcome,
                conference, rs.getLong("version"));
    }

    private static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
