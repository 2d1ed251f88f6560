package org.lscp.workspace.persistence.comment;

import org.lscp.workspace.domain.fixtures.CommentRepositoryContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The comment adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcCommentRepositoryIT extends CommentRepositoryContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
