package org.lscp.workspace.persistence.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.testsupport.MigratedSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V17 lets a contact have no child's case-system id, and turns the placeholders typed for one before it ("not known",
 * "N/A", "-") into NULL, by the same rule as {@link Child#isPlaceholder}; real ids are kept.
 */
class ChildCaseIdMigrationIT {
    private static final String CONTACT = "insert into contact (id, partnership_id, reference, received_at,"
            + " source_agency_id, source, referrer, channel, child_case_id, child_name, child_dob, child_gender,"
            + " child_ethnicity, concerns, disclosure, summary, consent, rag, deadline, submitted_by, decided, version)"
            + " values (?, 1, ?, '2026-07-03 10:00:00', null, '6', 'PC Smith', 'PHONE', ?, 'Child', null, 'FEMALE',"
            + " 'WBRI', 'NEGLECT', false, 's', 'NOT_REQUIRED', 'GREEN', '2026-07-06 10:00:00', 1, false, 0)";

    @Test
    void placeholdersBecomeNullAndTheColumnTakesNull() {
        try (MigratedSchema db = MigratedSchema.at("15")) {
            JdbcTemplate jdbc = db.jdbc;
            jdbc.update("insert into partnership (id, name, local_authority) values (1, 'P', 'LA')");
            List<String> typed = List.of("not known", "Not Known", "N/A", "n/a", "-", "?", "unknown", "TBC", " none ",
                    "CS-1", "N/A-1234", "0", "ENF-771");
            long id = 1;
            for (String t : typed) jdbc.update(CONTACT, id, "C-2026-%06d".formatted(id++), t);

            db.migrateToLatest();

            Map<String, String> after = new HashMap<>();
            jdbc.query("select reference, child_case_id from contact", rs -> {
                after.put(rs.getString(1), rs.getString(2));
            });
            for (int i = 0; i < typed.size(); i++) {
                String t = typed.get(i);
                assertThat(after.get("C-2026-%06d".formatted(i + 1))).as(t)
                        .isEqualTo(Child.isPlaceholder(t) ? null : t);
            }
            assertThat(after.values()).containsOnlyOnce("CS-1", "N/A-1234", "0", "ENF-771");
            assertThat(jdbc.queryForObject("select is_nullable from information_schema.columns where table_schema ="
                    + " database() and table_name = 'contact' and column_name = 'child_case_id'", String.class))
                    .isEqualTo("YES");
        }
    }
}
