package org.lscp.workspace.persistence;

import org.lscp.workspace.testsupport.TestSchema;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The smallest Boot application around the persistence adapters, for their integration tests. */
@SpringBootApplication
@Import({PersistenceConfiguration.class, TestSchema.class})
public class PersistenceTestApplication {
}
