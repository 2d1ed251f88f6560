package org.lscp.workspace.persistence.settings;

import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.escalation.port.out.EscalationSettings;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.settings.model.PartnershipSettings;
import org.lscp.workspace.domain.settings.port.out.SettingsRepository;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** One row per partnership in partnership_settings; no row means the defaults. */
@Component
class JdbcSettingsRepository implements SettingsRepository, FrontDoorSettings, EscalationSettings {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcSettingsRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PartnershipSettings find(PartnershipId partnership) {
        return jdbc.query("select * from partnership_settings where partnership_id = :p",
                new MapSqlParameterSource("p", partnership.value()),
                (rs, n) -> new PartnershipSettings(partnership,
                        new DecisionTimescales(rs.getInt("red_working_hours"), rs.getInt("amber_working_days"),
                                rs.getInt("green_working_days"),
                                DecisionTimescales.RedOutOfHours.valueOf(rs.getString("red_out_of_hours")),
                                rs.getInt("history_years")),
                        new EscalationTimescales(rs.getInt("stage1_days"), rs.getInt("stage2_days"),
                                rs.getInt("stage3_days"), rs.getInt("stage4_days")),
                        new ProtectionTimescales(rs.getInt("discussion_days"))))
                .stream().findFirst().orElse(PartnershipSettings.defaults(partnership));
    }

    @Override
    public void save(PartnershipSettings s) {
        jdbc.update("""
                insert into partnership_settings (partnership_id, red_working_hours, amber_working_days,
                  green_working_days, red_out_of_hours, history_years, stage1_days, stage2_days, stage3_days, stage4_days,
                  discussion_days)
                values (:p, :red, :amber, :green, :redOut, :years, :s1, :s2, :s3, :s4, :discussion)
                on duplicate key update red_working_hours = :red, amber_working_days = :amber,
                  green_working_days = :green, red_out_of_hours = :redOut, history_years = :years,
                  stage1_days = :s1, stage2_days = :s2, stage3_days = :s3, stage4_days = :s4,
                  discussion_days = :discussion""",
                new MapSqlParameterSource("p", s.partnershipId().value())
                        .addValue("red", s.decisions().redHours())
                        .addValue("redOut", s.decisions().redOutOfHours().name())
                        .addValue("years", s.decisions().historyYears())
                        .addValue("amber", s.decisions().amberWorkingDays())
                        .addValue("green", s.decisions().greenWorkingDays())
                        .addValue("s1", s.escalations().stage1Days()).addValue("s2", s.escalations().stage2Days())
                        .addValue("s3", s.escalations().stage3Days()).addValue("s4", s.escalations().stage4Days())
                        .addValue("discussion", s.protection().discussionWorkingDays()));
    }

    @Override
    public DecisionTimescales timescales(PartnershipId partnership) {
        return find(partnership).decisions();
    }

    @Override
    public ProtectionTimescales protectionTimescales(PartnershipId partnership) {
        return find(partnership).protection();
    }

    @Override
    public EscalationTimescales escalationTimescales(PartnershipId partnership) {
        return find(partnership).escalations();
    }
}
