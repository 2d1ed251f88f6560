package org.lscp.workspace.persistence.returns;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.Frequency;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.returns.model.ReturnPeriod;
import org.lscp.workspace.domain.returns.port.out.DataReturnRepository;
import org.lscp.workspace.domain.returns.port.out.ReturnMeasureRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.Utc;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Data-return measures (saved at a version) and the returns against them (appended). */
@Component
class JdbcReturnRepositories implements ReturnMeasureRepository, DataReturnRepository {
    private static final RowMapper<ReturnMeasure> MEASURE = (rs, n) -> {
        long agency = rs.getLong("agency_id");
        AgencyId agencyId = rs.wasNull() ? null : new AgencyId(agency);
        long officer = rs.getLong("officer_id");
        MemberId officerId = rs.wasNull() ? null : new MemberId(officer);
        return new ReturnMeasure(new ReturnMeasureId(rs.getLong("id")), new PartnershipId(rs.getLong("partnership_id")),
                rs.getString("name"), rs.getString("definition"), rs.getBoolean("proportion"), rs.getString("unit"),
                rs.getBoolean("higher_is_better"), agencyId, officerId, Frequency.valueOf(rs.getString("frequency")),
                rs.getInt("days_to_return"), rs.getDate("defined_on").toLocalDate(), rs.getLong("version"));
    };
    private static final RowMapper<DataReturn> RETURN = (rs, n) -> {
        long numerator = rs.getLong("numerator");
        Long num = rs.wasNull() ? null : numerator;
        long denominator = rs.getLong("denominator");
        Long den = rs.wasNull() ? null : denominator;
        BigDecimal amount = rs.getBigDecimal("amount");
        long corrects = rs.getLong("corrects");
        Long corrected = rs.wasNull() ? null : corrects;
        return new DataReturn(rs.getLong("id"), new PartnershipId(rs.getLong("partnership_id")),
                new ReturnMeasureId(rs.getLong("measure_id")), new ReturnPeriod(rs.getDate("period_start")
                .toLocalDate(), rs.getDate("period_end").toLocalDate()), num, den,
                amount == null ? null : amount.doubleValue(), rs.getString("source_system"), rs.getString("note"),
                new AgencyId(rs.getLong("agency_id")), new MemberId(rs.getLong("by_member")), rs.getString("by_name"),
                Utc.read(rs, "submitted_at"), corrected);
    };
    private final NamedParameterJdbcTemplate jdbc;

    JdbcReturnRepositories(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReturnMeasure save(ReturnMeasure m) {
        MapSqlParameterSource row = new MapSqlParameterSource("p", m.partnershipId().value())
                .addValue("name", m.name()).addValue("definition", m.definition())
                .addValue("proportion", m.proportion()).addValue("unit", m.unit())
                .addValue("higher", m.higherIsBetter())
                .addValue("agency", m.agency() == null ? null : m.agency().value())
                .addValue("officer", m.officer() == null ? null : m.officer().value())
                .addValue("frequency", m.frequency().name()).addValue("days", m.daysToReturn())
                .addValue("defined", Date.valueOf(m.definedOn()))
                .addValue("version", m.version());
        if (m.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("""
                    insert into return_measure (partnership_id, name, definition, proportion, unit, higher_is_better,
                      agency_id, officer_id, frequency, days_to_return, defined_on, version)
                    values (:p, :name, :definition, :proportion, :unit, :higher, :agency, :officer, :frequency, :days,
                      :defined, 0)""", row, key, new String[] {"id"});
            return find(m.partnershipId(), new ReturnMeasureId(key.getKey().longValue())).orElseThrow();
        }
        VersionedSave.requireUpdated(jdbc.update("""
                update return_measure set name = :name, definition = :definition, proportion = :proportion,
                  unit = :unit, higher_is_better = :higher, agency_id = :agency, officer_id = :officer,
                  frequency = :frequency, days_to_return = :days, version = version + 1
                 where id = :id and partnership_id = :p and version = :version""",
                row.addValue("id", m.requireId().value())), "measure");
        return find(m.partnershipId(), m.requireId()).orElseThrow();
    }

    @Override
    public Optional<ReturnMeasure> find(PartnershipId partnership, ReturnMeasureId id) {
        return jdbc.query("select * from return_measure where id = :id and partnership_id = :p",
                new MapSqlParameterSource("id", id.value()).addValue("p", partnership.value()), MEASURE)
                .stream().findFirst();
    }

    @Override
    public List<ReturnMeasure> all(PartnershipId partnership) {
        return jdbc.query("select * from return_measure where partnership_id = :p order by name, id",
                new MapSqlParameterSource("p", partnership.value()), MEASURE);
    }

    @Override
    public DataReturn add(DataReturn r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into data_return (partnership_id, measure_id, period_start, period_end, numerator, denominator,
                  amount, source_system, note, agency_id, by_member, by_name, submitted_at, corrects)
                values (:p, :m, :start, :end, :num, :den, :amount, :source, :note, :agency, :by, :byName, :at,
                  :corrects)""",
                new MapSqlParameterSource("p", r.partnershipId().value()).addValue("m", r.measure().value())
                        .addValue("start", Date.valueOf(r.period().start()))
                        .addValue("end", Date.valueOf(r.period().end()))
                        .addValue("num", r.numerator()).addValue("den", r.denominator())
                        .addValue("amount", r.value() == null ? null : BigDecimal.valueOf(r.value()))
                        .addValue("source", r.sourceSystem()).addValue("note", r.note())
                        .addValue("agency", r.agency().value()).addValue("by", r.by().value())
                        .addValue("byName", r.byName()).addValue("at", Utc.of(r.at()))
                        .addValue("corrects", r.corrects()), key, new String[] {"id"});
        return new DataReturn(key.getKey().longValue(), r.partnershipId(), r.measure(), r.period(), r.numerator(),
                r.denominator(), r.value(), r.sourceSystem(), r.note(), r.agency(), r.by(), r.byName(), r.at(),
                r.corrects());
    }

    @Override
    public List<DataReturn> forPartnership(PartnershipId partnership) {
        return jdbc.query("select * from data_return where partnership_id = :p order by period_start, submitted_at, id",
                new MapSqlParameterSource("p", partnership.value()), RETURN);
    }

    @Override
    public List<DataReturn> forMeasure(PartnershipId partnership, ReturnMeasureId measure) {
        return jdbc.query("""
                select * from data_return where partnership_id = :p and measure_id = :m
                 order by period_start, submitted_at, id""",
                new MapSqlParameterSource("p", partnership.value()).addValue("m", measure.value()), RETURN);
    }
}
