package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Filled the board's read model (V8) for a database that already held contacts, with the statements the application
 * uses to rebuild it. Those statements follow the schema as it is now, which a database at V8 does not have yet, so
 * the fill moved after the last change to the read model's tables: {@link V14_1__board_read_model_rebuild}. Kept, as
 * a step that does nothing, because databases have it in their history.
 */
public class V8_1__board_read_model_backfill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) {
        // nothing: see V14_1
    }
}
