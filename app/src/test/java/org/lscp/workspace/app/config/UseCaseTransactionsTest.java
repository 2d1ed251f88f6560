package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** How a failure to reach the database is told apart: away altogether, or answering but every connection in use. */
class UseCaseTransactionsTest {

    private static RuntimeException poolTimedOut(String state) {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
                        + "after 3001ms (" + state + ")"));
    }

    @Test
    void aPoolWithEveryConnectionInUseIsBusyNotAway() {
        RuntimeException busy = poolTimedOut("total=10, active=10, idle=0, waiting=65");
        assertThat(UseCaseTransactions.databaseNotAnswering(busy)).isTrue();
        assertThat(UseCaseTransactions.everyConnectionInUse(busy)).isTrue();
    }

    @Test
    void aPoolThatCannotConnectIsAway() {
        RuntimeException away = poolTimedOut("total=0, active=0, idle=0, waiting=0");
        assertThat(UseCaseTransactions.databaseNotAnswering(away)).isTrue();
        assertThat(UseCaseTransactions.everyConnectionInUse(away)).isFalse();
        RuntimeException broken = new RuntimeException(new SQLNonTransientConnectionException("Socket error"));
        assertThat(UseCaseTransactions.databaseNotAnswering(broken)).isTrue();
        assertThat(UseCaseTransactions.everyConnectionInUse(broken)).isFalse();
    }

    @Test
    void otherFailuresAreNeither() {
        RuntimeException bug = new IllegalStateException("a bug");
        assertThat(UseCaseTransactions.databaseNotAnswering(bug)).isFalse();
        assertThat(UseCaseTransactions.everyConnectionInUse(bug)).isFalse();
    }
}
