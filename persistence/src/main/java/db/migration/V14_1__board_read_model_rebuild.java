package db.migration;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.lscp.workspace.persistence.board.BoardReadModel;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Recomputes the board's read model for every partnership with live contacts, with the same statements the
 * application uses to rebuild it, so the two cannot drift apart. It runs after the read model's tables last changed
 * (V14: contacts from no agency grouped by source); a database coming from before V8 gets its read model filled here
 * (V8_1 used to, with statements that now need V14's columns); on one that had it, it is recomputed (the same
 * figures). On a new database there is nothing to do. When a later migration changes the read model's tables again,
 * this step becomes a no-op as V8_1 did and a new one rebuilds after that migration.
 */
public class V14_1__board_read_model_rebuild extends BaseJavaMigration {
    @Override
    public void migrate(Context context) {
        var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<Long> partnerships = jdbc.getJdbcTemplate().queryForList(
                "select distinct partnership_id from contact where channel <> 'IMPORTED'", Long.class);
        for (long partnership : partnerships) BoardReadModel.rebuild(jdbc, partnership);
    }
}
