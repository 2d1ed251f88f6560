package org.lscp.workspace.persistence.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.testsupport.MigratedSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V14 gives every contact recorded before it its Annex A source, by the same mappings as ContactSource: a live
 * contact the code its agency's kind stands for (forAgency), an imported one the code it was imported with (kept as
 * its referrer, the code's label); and it takes away the stand-in agency of contacts imported from no partner agency.
 */
class ContactSourceMigrationIT {
    private static final String CONTACT = "insert into contact (id, partnership_id, reference, received_at,"
            + " source_agency_id, referrer, channel, child_case_id, child_name, child_dob, child_gender,"
            + " child_ethnicity, concerns, disclosure, summary, consent, rag, deadline, submitted_by, decided, version)"
            + " values (?, 1, ?, '2026-07-03 10:00:00', ?, ?, ?, ?, 'Child', null, 'FEMALE', 'WBRI', 'NEGLECT', false,"
            + " 's', 'NOT_REQUIRED', 'GREEN', '2026-07-06 10:00:00', 1, ?, 0)";

    @Test
    void contactsRecordedBeforeV14GetTheSourceContactSourceWouldGiveThem() {
        try (MigratedSchema db = MigratedSchema.at("12")) {
            JdbcTemplate jdbc = db.jdbc;
            jdbc.update("insert into partnership (id, name, local_authority) values (1, 'P', 'LA')");
            Map<AgencyKind, Long> agencyOf = new HashMap<>();
            long id = 100;
            for (AgencyKind kind : AgencyKind.values()) {
                jdbc.update("insert into agency (id, partnership_id, name, kind, statutory_partner, version)"
                        + " values (?, 1, ?, ?, false, 0)", id, kind.label(), kind.name());
                agencyOf.put(kind, id++);
            }
            // a live contact from an agency of every kind
            Map<Long, ContactSource> expected = new HashMap<>();
            Map<Long, Long> expectedAgency = new HashMap<>();
            long contact = 1000;
            for (AgencyKind kind : AgencyKind.values()) {
                jdbc.update(CONTACT, contact, "C-2026-%06d".formatted(contact), agencyOf.get(kind), "PC Smith",
                        "PHONE", "L" + contact, false);
                expected.put(contact, ContactSource.forAgency(kind));
                expectedAgency.put(contact++, agencyOf.get(kind));
            }
            // an imported contact of every code, as the import wrote them: the code's label as referrer, filed under
            // the agency of its kind, or for sources from no partner agency one of kind OTHER
            for (ContactSource source : ContactSource.values()) {
                long agency = agencyOf.get(source.agencyKind() == null ? AgencyKind.OTHER : source.agencyKind());
                jdbc.update(CONTACT, contact, "C-2026-%06d".formatted(contact), agency, source.label(), "IMPORTED",
                        "I" + contact, true);
                expected.put(contact, source);
                expectedAgency.put(contact++, source.agencyKind() == null ? null : agency);
            }
            // an imported contact whose referrer is no code's label keeps its agency's code
            jdbc.update(CONTACT, contact, "C-2026-%06d".formatted(contact), agencyOf.get(AgencyKind.POLICE),
                    "Someone", "IMPORTED", "I" + contact, true);
            expected.put(contact, ContactSource.S6);
            expectedAgency.put(contact, agencyOf.get(AgencyKind.POLICE));

            db.migrateToLatest();

            Map<Long, String> sources = new HashMap<>();
            Map<Long, Long> agencies = new HashMap<>();
            jdbc.query("select id, source, source_agency_id from contact", rs -> {
                sources.put(rs.getLong("id"), rs.getString("source"));
                long agency = rs.getLong("source_agency_id");
                boolean none = rs.wasNull();
                agencies.put(rs.getLong("id"), none ? null : agency);
            });
            assertThat(sources).hasSize(expected.size());
            expected.forEach((c, source) -> assertThat(sources.get(c)).as("contact " + c).isEqualTo(source.code()));
            expectedAgency.forEach((c, agency) -> assertThat(agencies.get(c)).as("agency of " + c).isEqualTo(agency));
            assertThat(jdbc.queryForObject("select is_nullable from information_schema.columns where table_schema ="
                    + " database() and table_name = 'contact' and column_name = 'source'", String.class))
                    .isEqualTo("NO");
            // the read model was rebuilt after V14 (V14_1): every live contact counted, under its agency
            assertThat(jdbc.queryForObject("select sum(contacts) from board_day", Long.class))
                    .isEqualTo(AgencyKind.values().length);
            assertThat(jdbc.queryForList("select distinct source from board_day", String.class)).containsExactly("");
        }
    }
}
