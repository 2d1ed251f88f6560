package db.migration;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.lscp.workspace.persistence.board.BoardReadModel;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the board's read model (V8) for a database that already holds contacts, with the same statements the
 * application uses to rebuild it, so the two cannot drift apart. On a new database there is nothing to do.
 */
public class V8_1__board_read_model_backfill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) {
        var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<Long> partnerships = jdbc.getJdbcTemplate().queryForList(
                "select distinct partnership_id from contact where channel <> 'IMPORTED'", Long.class);
        for (long partnership : partnerships) BoardReadModel.rebuild(jdbc, partnership);
    }
}
