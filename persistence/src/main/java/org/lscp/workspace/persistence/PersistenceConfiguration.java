package org.lscp.workspace.persistence;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Import this to get the database adapters of every domain out-port. Entities and Spring Data repositories are
 * found through the auto-configuration package; they never leave this module.
 *
 * <p><b>Which style for which record.</b> Records a partnership keeps few of and edits through forms (the partnership,
 * its agencies and members, the improvement plan and its actions, the audit trail) are JPA entities behind Spring Data
 * repositories ({@code Jpa*} adapters; a large text beside one, such as an evidence file's content, may be written by
 * JDBC in the same adapter). Records that come in volume or are read in bulk (contacts and what hangs off them,
 * escalations, comments, notices, the board's read model, settings) are written and read with SQL through
 * {@code NamedParameterJdbcTemplate} ({@code Jdbc*} adapters), each query scoped to a partnership and served by an
 * index. <b>Optimistic locking</b> is one rule, {@link org.lscp.workspace.persistence.shared.VersionedSave}: a
 * versioned JPA record saves through {@code VersionedSave.save} ({@code @Version}); a versioned JDBC record updates
 * {@code where id = :id and version = :version} and hands the rows changed to {@code VersionedSave.requireUpdated}.
 * Either way the member is told someone else changed the record, in the same words, and nothing is saved.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ComponentScan
@PropertySource("classpath:persistence.properties")
public class PersistenceConfiguration {
}
