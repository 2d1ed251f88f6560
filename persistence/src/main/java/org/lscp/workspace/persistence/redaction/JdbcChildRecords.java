package org.lscp.workspace.persistence.redaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.redaction.model.Candidates;
import org.lscp.workspace.domain.redaction.model.KnownChild;
import org.lscp.workspace.domain.redaction.model.KnownChildren;
import org.lscp.workspace.domain.redaction.port.out.ChildRecords;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain SQL, like the front door whose table it reads: a read on the path of every save and every page a chair
 * opens, over up to millions of contacts. One statement per lookup, a UNION of index lookups: names by the indexed
 * generated first and last words of {@code child_name} (V21), case-system ids by {@code ix_contact_child} and
 * {@code ix_escalation_child}, references by the unique key. Written as a UNION rather than one
 * {@code first IN (...) OR last IN (...)} so each part uses its own index whatever the optimiser thinks of an
 * index merge; UNION (not ALL) also gives each child once however many contacts they have.
 */
@Component
class JdbcChildRecords implements ChildRecords {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcChildRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public KnownChildren find(PartnershipId partnership, Candidates candidates) {
        List<String> parts = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource("p", partnership.value());
        if (!candidates.words().isEmpty()) {
            params.addValue("words", candidates.words());
            parts.add("select 'N' kind, child_name v, child_dob dob from contact "
                    + "where partnership_id = :p and child_first_word in (:words)");
            parts.add("select 'N', child_name, child_dob from contact "
                    + "where partnership_id = :p and child_last_word in (:words)");
        }
        if (!candidates.ids().isEmpty()) {
            params.addValue("ids", candidates.ids());
            parts.add("select 'I', child_case_id, null from contact where partnership_id = :p and child_case_id in (:ids)");
            parts.add("select 'I', child_case_id, null from escalation "
                    + "where partnership_id = :p and child_case_id in (:ids)");
        }
        if (!candidates.references().isEmpty()) {
            params.addValue("refs", candidates.references());
            parts.add("select 'R', reference, null from contact where partnership_id = :p and reference in (:refs)");
        }
        if (parts.isEmpty()) return KnownChildren.NONE;
        List<KnownChild> children = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        jdbc.query(String.join("\nunion\n", parts), params, rs -> {
            String value = rs.getString(2);
            switch (rs.getString(1)) {
                case "N" -> children.add(new KnownChild(value, rs.getObject(3, LocalDate.class)));
                case "I" -> ids.add(value);
                default -> references.add(value);
            }
        });
        return new KnownChildren(children, ids, references);
    }
}
