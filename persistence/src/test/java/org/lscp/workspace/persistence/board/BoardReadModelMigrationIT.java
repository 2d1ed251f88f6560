package org.lscp.workspace.persistence.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lscp.workspace.testsupport.MigratedSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database with contacts from before the read model gets it filled by the V8.1 migration. */
class BoardReadModelMigrationIT {
    @Test
    void contactsRecordedBeforeTheReadModelAreCountedAfterTheMigration() {
        try (MigratedSchema db = MigratedSchema.at("8")) {
            JdbcTemplate jdbc = db.jdbc;
            jdbc.update("insert into partnership (id, name, local_authority) values (1, 'P', 'LA')");
            jdbc.update("insert into agency (id, partnership_id, name, kind, statutory_partner, version)"
                    + " values (2, 1, 'Police', 'POLICE', true, 0)");
            String contact = "insert into contact (id, partnership_id, reference, received_at, source_agency_id,"
                    + " referrer, channel, child_case_id, child_name, child_dob, child_gender, child_ethnicity,"
                    + " concerns, disclosure, summary, consent, rag, deadline, submitted_by, decided, version)"
                    + " values (?, 1, ?, ?, 2, 'PC', ?, 'K', 'Child', null, 'FEMALE', 'WBRI', 'SEXUAL_ABUSE', true,"
                    + " 's', 'NOT_REQUIRED', 'RED', ?, 1, ?, 0)";
            // 23:30 UTC on 1 July 2026 is 2 July in London; decided in time at s47
            jdbc.update(contact, 10, "C-2026-000001", "2026-07-01 23:30:00", "PHONE", "2026-07-02 13:00:00", true);
            jdbc.update(contact, 11, "C-2026-000002", "2026-07-03 10:00:00", "IMPORTED", "2026-07-03 10:00:00", true);
            jdbc.update("insert into threshold_decision (id, contact_id, level, rationale, next_step,"
                    + " cp_medical_considered, decided_by, decided_by_name, decided_at, current)"
                    + " values (20, 10, 'STRATEGY_DISCUSSION', 'r', '', true, 1, 'Sam', '2026-07-02 10:00:00', true)");

            db.migrateToLatest();

            assertThat(jdbc.queryForList("select contact_id from board_contact", Long.class)).containsExactly(10L);
            var day = jdbc.queryForMap("select * from board_day");
            assertThat(day.get("day").toString()).isEqualTo("2026-07-02");
            assertThat(day.get("level")).isEqualTo("STRATEGY_DISCUSSION");
            assertThat(((Number) day.get("contacts")).longValue()).isEqualTo(1);
            assertThat(((Number) day.get("in_time")).longValue()).isEqualTo(1);
            assertThat(((Number) day.get("abuse_medical")).longValue()).isEqualTo(1);
        }
    }
}
