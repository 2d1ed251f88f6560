package org.lscp.workspace.persistence.partnership;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Bank holidays are plain rows keyed by (partnership, day): JDBC is the simplest fit. */
@Component
class JdbcBankHolidayRepository implements BankHolidayRepository {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcBankHolidayRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BankHoliday> all(PartnershipId partnership) {
        return jdbc.query("select day, name from bank_holiday where partnership_id = :p order by day",
                new MapSqlParameterSource("p", partnership.value()),
                (rs, n) -> new BankHoliday(rs.getDate("day").toLocalDate(), rs.getString("name")));
    }

    @Override
    public void add(PartnershipId partnership, BankHoliday holiday) {
        jdbc.update("insert into bank_holiday (partnership_id, day, name) values (:p, :day, :name)",
                new MapSqlParameterSource("p", partnership.value()).addValue("day", Date.valueOf(holiday.day()))
                        .addValue("name", holiday.name()));
    }

    @Override
    public boolean remove(PartnershipId partnership, LocalDate day) {
        return jdbc.update("delete from bank_holiday where partnership_id = :p and day = :day",
                new MapSqlParameterSource("p", partnership.value()).addValue("day", Date.valueOf(day))) > 0;
    }
}
