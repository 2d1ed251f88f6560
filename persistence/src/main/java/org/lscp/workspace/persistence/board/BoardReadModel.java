package org.lscp.workspace.persistence.board;

import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.shared.PartnershipId;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.London;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the board's read model (board_contact, board_day; see V8) in step with the records: the front door's
 * {@link ContactMeasures}. Its use cases tell it of every write that can change a contact's contribution, inside the
 * same transaction ({@link #changed}): the contact's old contribution is taken out of its day's totals and the new one
 * put in. {@link #rebuild} recomputes a partnership from the records (after a bulk load).
 * Contacts are grouped by source agency; a contact from no agency has source_agency_id 0 here and is grouped by its
 * Annex A source instead (the source column is '' for a contact from an agency): see V14.
 */
@Component
public class BoardReadModel implements ContactMeasures {
    static final String ABUSE = "(find_in_set('PHYSICAL_ABUSE', c.concerns) > 0 "
            + "or find_in_set('SEXUAL_ABUSE', c.concerns) > 0)";
    /** Each live contact's contribution, as of its records now. */
    private static final String CONTRIBUTION = """
            select c.id contact_id, c.partnership_id, c.received_at, c.deadline, c.rag,
                   coalesce(c.source_agency_id, 0) source_agency_id,
                   if(c.source_agency_id is null, c.source, '') source,
                   coalesce(cd.level, '') level,
                   f.first_at is not null decided,
                   coalesce(f.first_at <= c.deadline, 0) in_time,
                   %1$s and c.disclosure abuse_disclosure,
                   %1$s abuse,
                   %1$s and coalesce(cd.cp_medical_considered, 0) abuse_medical,
                   exists (select 1 from contact_flag fl where fl.contact_id = c.id and fl.type = 'REPEAT_CONTACT')
                     repeat_contact,
                   cd.overseen_at is not null and not exists (select 1 from contact_flag fl
                     where fl.contact_id = c.id and fl.type = 'NO_OVERSIGHT') overseen_in_time,
                   cd.overseen_at is not null or exists (select 1 from contact_flag fl
                     where fl.contact_id = c.id and fl.type = 'NO_OVERSIGHT') oversight_due
              from contact c
              left join (select d.contact_id, min(d.decided_at) first_at from threshold_decision d
                          where d.contact_id in (select id from contact where %2$s) group by d.contact_id) f
                     on f.contact_id = c.id
              left join threshold_decision cd on cd.contact_id = c.id and cd.current = true
             where %2$s and c.channel <> 'IMPORTED'""";
    private static final List<String> MEASURES = List.of("decided", "in_time", "abuse_disclosure", "abuse",
            "abuse_medical", "repeat_contact", "overseen_in_time", "oversight_due");
    private static final String ADD = """
            insert into board_day (partnership_id, day, rag, source_agency_id, source, level, contacts, decided,
              in_time, abuse_disclosures, abuse, abuse_medical, repeats, overseen_in_time, oversight_due)
            values (:p, :day, :rag, :agency, :source, :level, :n, :decided, :in_time, :abuse_disclosure, :abuse,
              :abuse_medical, :repeat_contact, :overseen_in_time, :oversight_due)
            on duplicate key update contacts = contacts + :n, decided = decided + :decided,
              in_time = in_time + :in_time, abuse_disclosures = abuse_disclosures + :abuse_disclosure,
              abuse = abuse + :abuse, abuse_medical = abuse_medical + :abuse_medical,
              repeats = repeats + :repeat_contact, overseen_in_time = overseen_in_time + :overseen_in_time,
              oversight_due = oversight_due + :oversight_due""";
    private final NamedParameterJdbcTemplate jdbc;

    BoardReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void changed(ContactId contact) {
        refresh(contact.value());
    }

    @Override
    public void recount(PartnershipId partnership) {
        rebuild(partnership.value());
    }

    /** Moves the contact's contribution to what its records say now (nothing for imported history). */
    private void refresh(long contactId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", contactId);
        // every refresh of a contact locks its row first, so board_contact is read without gap locks (which made
        // concurrent first inserts of different contacts deadlock each other)
        jdbc.queryForList("select id from contact where id = :id for update", id);
        List<Map<String, Object>> now = jdbc.queryForList(CONTRIBUTION.formatted(ABUSE, "c.id = :id")
                .replace("select id from contact where c.id = :id", "select :id"), id);
        List<Map<String, Object>> before = jdbc.queryForList(
                "select * from board_contact where contact_id = :id", id);
        Map<String, Object> row = now.isEmpty() ? null : contribution(now.getFirst());
        List<MapSqlParameterSource> moves = new java.util.ArrayList<>(2);
        if (!before.isEmpty()) {
            Map<String, Object> old = before.getFirst();
            if (row != null && same(old, row)) return;
            moves.add(bucket(old, -1));
            jdbc.update("delete from board_contact where contact_id = :id", id);
        }
        if (row != null) moves.add(bucket(row, 1));
        // the two day rows are always updated in key order, so two contacts moving between the same buckets in
        // opposite directions cannot deadlock each other
        moves.sort(java.util.Comparator.comparing(BoardReadModel::key));
        for (MapSqlParameterSource move : moves) jdbc.update(ADD, move);
        if (row == null) return;
        jdbc.update("""
                insert into board_contact (contact_id, partnership_id, day, rag, source_agency_id, source, level,
                  deadline, decided, in_time, abuse_disclosure, abuse, abuse_medical, repeat_contact, overseen_in_time,
                  oversight_due)
                values (:contact_id, :p, :day, :rag, :agency, :source, :level, :deadline, :decided, :in_time,
                  :abuse_disclosure, :abuse, :abuse_medical, :repeat_contact, :overseen_in_time, :oversight_due)""",
                bucket(row, 1).addValue("contact_id", contactId).addValue("deadline", now.getFirst().get("deadline")));
    }

    /** Recomputes the partnership's read model from its records. */
    public void rebuild(long partnership) {
        rebuild(jdbc, partnership);
    }

    /** Also used by the V8_1 migration, which fills the read model of a database that already has contacts. */
    public static void rebuild(NamedParameterJdbcTemplate jdbc, long partnership) {
        MapSqlParameterSource p = new MapSqlParameterSource("p", partnership);
        jdbc.update("delete from board_day where partnership_id = :p", p);
        jdbc.update("delete from board_contact where partnership_id = :p", p);
        jdbc.update("insert into board_contact (contact_id, partnership_id, day, rag, source_agency_id, source, level,"
                + " deadline, decided, in_time, abuse_disclosure, abuse, abuse_medical, repeat_contact, overseen_in_time,"
                + " oversight_due) select x.contact_id, x.partnership_id, " + londonDay("x.received_at") + ","
                + " x.rag, x.source_agency_id, x.source, x.level, x.deadline, x.decided, x.in_time, x.abuse_disclosure, x.abuse,"
                + " x.abuse_medical, x.repeat_contact, x.overseen_in_time, x.oversight_due from ("
                + CONTRIBUTION.formatted(ABUSE, "partnership_id = :p").replace("where partnership_id = :p and c.channel",
                "where c.partnership_id = :p and c.channel") + ") x"
                // a contact saved meanwhile (the read model is kept as records change) has its row already: the
                // rebuild's, read from the same records, stands
                + " on duplicate key update day = values(day), rag = values(rag), source_agency_id ="
                + " values(source_agency_id), source = values(source), level = values(level), deadline ="
                + " values(deadline), decided = values(decided), in_time = values(in_time), abuse_disclosure ="
                + " values(abuse_disclosure), abuse = values(abuse), abuse_medical = values(abuse_medical),"
                + " repeat_contact = values(repeat_contact), overseen_in_time = values(overseen_in_time),"
                + " oversight_due = values(oversight_due)", p);
        jdbc.update("""
                insert into board_day (partnership_id, day, rag, source_agency_id, source, level, contacts, decided,
                  in_time, abuse_disclosures, abuse, abuse_medical, repeats, overseen_in_time, oversight_due)
                select partnership_id, day, rag, source_agency_id, source, level, count(*), sum(decided), sum(in_time),
                       sum(abuse_disclosure), sum(abuse), sum(abuse_medical), sum(repeat_contact),
                       sum(overseen_in_time), sum(oversight_due)
                  from board_contact where partnership_id = :p
                 group by partnership_id, day, rag, source_agency_id, source, level
                on duplicate key update contacts = values(contacts), decided = values(decided),
                  in_time = values(in_time), abuse_disclosures = values(abuse_disclosures), abuse = values(abuse),
                  abuse_medical = values(abuse_medical), repeats = values(repeats),
                  overseen_in_time = values(overseen_in_time), oversight_due = values(oversight_due)""", p);
    }

    private static Map<String, Object> contribution(Map<String, Object> row) {
        var out = new java.util.HashMap<String, Object>();
        out.put("partnership_id", ((Number) row.get("partnership_id")).longValue());
        Object at = row.get("received_at");
        java.time.LocalDateTime utc = at instanceof java.sql.Timestamp ts ? ts.toLocalDateTime()
                : (java.time.LocalDateTime) at;
        java.time.Instant received = utc.toInstant(java.time.ZoneOffset.UTC);
        out.put("day", Date.valueOf(LocalDate.ofInstant(received, London.ZONE)));
        out.put("rag", row.get("rag"));
        out.put("source_agency_id", ((Number) row.get("source_agency_id")).longValue());
        out.put("source", String.valueOf(row.get("source")));
        out.put("level", row.get("level"));
        for (String m : MEASURES) out.put(m, flag(row.get(m)));
        return out;
    }

    private static int flag(Object value) {
        if (value == null) return 0;
        if (value instanceof Boolean b) return b ? 1 : 0;
        return ((Number) value).intValue() != 0 ? 1 : 0;
    }

    private static String key(MapSqlParameterSource bucket) {
        return bucket.getValue("day") + "|" + bucket.getValue("rag") + "|" + bucket.getValue("agency") + "|"
                + bucket.getValue("source") + "|" + bucket.getValue("level");
    }

    private static boolean same(Map<String, Object> stored, Map<String, Object> now) {
        if (!String.valueOf(stored.get("level")).equals(now.get("level"))) return false;
        for (String m : MEASURES) if (flag(stored.get(m)) != (int) now.get(m)) return false;
        return true;
    }

    private static MapSqlParameterSource bucket(Map<String, Object> row, int sign) {
        MapSqlParameterSource params = new MapSqlParameterSource("p", ((Number) row.get("partnership_id")).longValue())
                .addValue("day", row.get("day") instanceof LocalDate d ? Date.valueOf(d) : row.get("day"))
                .addValue("rag", row.get("rag"))
                .addValue("agency", ((Number) row.get("source_agency_id")).longValue())
                .addValue("source", String.valueOf(row.get("source")))
                .addValue("level", String.valueOf(row.get("level"))).addValue("n", sign);
        for (String m : MEASURES) params.addValue(m, sign * flag(row.get(m)));
        return params;
    }

    /**
     * The London day of a UTC DATETIME column in SQL, without the server's time-zone tables (often not loaded):
     * British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
     */
    static String londonDay(String column) {
        String lastSunday = "(date(concat(year(%1$s), '-%2$s-31')) - interval (dayofweek(concat(year(%1$s), '-%2$s-31'))"
                + " - 1) day + interval 1 hour)";
        return "date(" + column + " + interval (" + column + " >= " + lastSunday.formatted(column, "03") + " and "
                + column + " < " + lastSunday.formatted(column, "10") + ") hour)";
    }
}
