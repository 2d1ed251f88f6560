package org.lscp.workspace.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.testsupport.MigratedSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V31 turns every free-text success measure into a reference, once: wording the old keyword rule matched keeps its
 * computed figure; the rest become data-return measures for the admin to define, one per wording in each partnership
 * (its direction and whether it is a proportion read from the target), and the success measures point at them.
 */
class MeasureCatalogueMigrationIT {
    @Test
    void freeTextMeasuresBecomeComputedOrDataReturnMeasuresToDefine() {
        try (MigratedSchema db = MigratedSchema.at("30")) {
            JdbcTemplate jdbc = db.jdbc;
            for (long p : new long[] {1, 2}) {
                jdbc.update("insert into partnership (id, name, local_authority) values (?, ?, 'LA')", p, "P" + p);
                jdbc.update("insert into agency (id, partnership_id, name, kind, statutory_partner, version)"
                        + " values (?, ?, 'Council', 'CHILDRENS_SOCIAL_CARE', true, 0)", p * 10, p);
                jdbc.update("insert into member (id, partnership_id, agency_id, name, email, active, password_hash,"
                        + " must_change_password, version) values (?, ?, ?, 'Lead', ?, true, 'h', false, 0)", p * 100,
                        p, p * 10, "lead" + p + "@example.org");
                jdbc.update("insert into inspection (id, partnership_id, inspectorate, type, title, start_date,"
                        + " strengths, areas_for_improvement, version) values (?, ?, 'Ofsted', 'ILACS', 'ILACS',"
                        + " '2019-01-01', '', '', 0)", p * 1000, p);
                jdbc.update("insert into recommendation (id, partnership_id, inspection_id, number, text, theme,"
                        + " lead_officer_id, status, version) values (?, ?, ?, 1, 'Text', 'THRESHOLDS', ?, 'OPEN', 0)",
                        p * 1000, p, p * 1000, p * 100);
            }
            List<Object[]> measures = List.of(
                    new Object[] {1000, 0, "Decisions within timescale", "≥ 95%"},
                    new Object[] {1000, 1, "Strategy discussions with a health contribution", "≥ 95%"},
                    new Object[] {1000, 2, "Contacts with a disclosure of abuse progressed to a strategy discussion",
                            "100%"},
                    new Object[] {1000, 3, "Average caseload in referral and assessment teams", "≤ 18 children"},
                    new Object[] {1000, 4, "Supervision held within timescale", "≥ 95%"},
                    new Object[] {2000, 0, "Supervision held within timescale", "≥ 90%"},
                    new Object[] {2000, 1, "Strategy discussions with the police and health present", "≥ 90%"});
            for (Object[] m : measures) {
                jdbc.update("insert into success_measure (recommendation_id, position, measure, target)"
                        + " values (?, ?, ?, ?)", m);
            }

            db.migrateToLatest();

            Map<String, String> refs = new HashMap<>();
            jdbc.query("select recommendation_id, position, source, ref_key from success_measure", rs -> {
                refs.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getString(3) + ":" + rs.getString(4));
            });
            assertThat(refs).containsEntry("1000/0", "COMPUTED:DECISIONS_IN_TIME")
                    .containsEntry("1000/1", "COMPUTED:HEALTH_AT_DISCUSSIONS")
                    .containsEntry("1000/2", "COMPUTED:DISCLOSURES_TO_STRATEGY")
                    .containsEntry("2000/1", "COMPUTED:POLICE_AND_HEALTH_AT_DISCUSSIONS");
            Map<String, Long> returned = new HashMap<>();
            jdbc.query("select partnership_id, name, id from return_measure", rs -> {
                returned.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
            });
            assertThat(returned).containsOnlyKeys("1/Average caseload in referral and assessment teams",
                    "1/Supervision held within timescale", "2/Supervision held within timescale");
            assertThat(refs).containsEntry("1000/3", "RETURNED:"
                    + returned.get("1/Average caseload in referral and assessment teams"))
                    .containsEntry("1000/4", "RETURNED:" + returned.get("1/Supervision held within timescale"))
                    .containsEntry("2000/0", "RETURNED:" + returned.get("2/Supervision held within timescale"));
            Map<String, Object> caseload = jdbc.queryForMap("select * from return_measure where name like 'Average%'");
            assertThat(caseload).containsEntry("proportion", false).containsEntry("higher_is_better", false)
                    .containsEntry("agency_id", null).containsEntry("officer_id", null)
                    .containsEntry("definition", "").containsEntry("frequency", "QUARTERLY");
            assertThat(jdbc.queryForObject("select proportion and higher_is_better from return_measure"
                    + " where partnership_id = 2", Boolean.class)).isTrue();
        }
    }
}
