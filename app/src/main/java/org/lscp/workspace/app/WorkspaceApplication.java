package org.lscp.workspace.app;

import org.lscp.workspace.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The Safeguarding Partnership Workspace: wires the domain, its JPA adapters and the Vaadin UI together. */
@SpringBootApplication
@Import(PersistenceConfiguration.class)
public class WorkspaceApplication {
    public static void main(String[] args) {
        SpringApplication.run(WorkspaceApplication.class, args);
    }
}
