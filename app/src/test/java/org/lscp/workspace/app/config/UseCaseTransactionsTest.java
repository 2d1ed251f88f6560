package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How a failure to reach the database is told apart (away altogether, or answering but every connection in use), and
 * how use cases answer at once while it is known to be away, one trying again every two seconds.
 */
class UseCaseTransactionsTest {
    interface Probe {
        String read();
    }

    /** A use case whose database is away, busy or back, as the test says, counting how often it was really tried. */
    static final class Database implements Probe {
        String state = "up";
        int tried;

        @Override
        public String read() {
            tried++;
            return switch (state) {
                case "away" -> throw poolTimedOut("total=0, active=0, idle=0, waiting=0");
                case "busy" -> throw poolTimedOut("total=10, active=10, idle=0, waiting=4");
                default -> "read";
            };
        }
    }

    /** Transactions that hold nothing: this test is about the gate in front of them. */
    private static final org.springframework.transaction.PlatformTransactionManager NO_TRANSACTIONS =
            new org.springframework.transaction.PlatformTransactionManager() {
                @Override
                public org.springframework.transaction.TransactionStatus getTransaction(
                        org.springframework.transaction.TransactionDefinition definition) {
                    return new org.springframework.transaction.support.SimpleTransactionStatus();
                }

                @Override
                public void commit(org.springframework.transaction.TransactionStatus status) {
                }

                @Override
                public void rollback(org.springframework.transaction.TransactionStatus status) {
                }
            };

    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000);
    private final UseCaseTransactions transactions =
            new UseCaseTransactions(NO_TRANSACTIONS, java.time.Duration.ofSeconds(2), now::get);
    private final Database database = new Database();
    private final Probe probe = transactions.wrap(Probe.class, database);

    private void later(long millis) {
        now.addAndGet(java.time.Duration.ofMillis(millis).toNanos());
    }

    @Test
    void whileTheDatabaseIsKnownToBeAwayUseCasesAnswerAtOnceAndOneTriesAgainEveryTwoSeconds() {
        database.state = "away";
        org.assertj.core.api.Assertions.assertThatThrownBy(probe::read)
                .isInstanceOf(org.lscp.workspace.domain.shared.StorageUnavailableException.class)
                .hasMessage(org.lscp.workspace.domain.shared.StorageUnavailableException.MESSAGE);
        assertThat(transactions.databaseAway()).isTrue();
        assertThat(database.tried).isEqualTo(1);

        later(1_999);
        org.assertj.core.api.Assertions.assertThatThrownBy(probe::read)
                .isInstanceOf(org.lscp.workspace.domain.shared.StorageUnavailableException.class)
                .hasMessage(org.lscp.workspace.domain.shared.StorageUnavailableException.MESSAGE);
        assertThat(database.tried).as("answered without trying the database").isEqualTo(1);

        later(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(probe::read)
                .isInstanceOf(org.lscp.workspace.domain.shared.StorageUnavailableException.class);
        assertThat(database.tried).as("tried again after two seconds").isEqualTo(2);

        database.state = "up";
        later(500);
        org.assertj.core.api.Assertions.assertThatThrownBy(probe::read)
                .isInstanceOf(org.lscp.workspace.domain.shared.StorageUnavailableException.class);
        later(1_500);
        assertThat(probe.read()).isEqualTo("read");
        assertThat(transactions.databaseAway()).isFalse();
        assertThat(probe.read()).isEqualTo("read");
        assertThat(database.tried).isEqualTo(4);
    }

    @Test
    void aBusyPoolIsNotAnOutageSoEveryUseCaseStillTries() {
        database.state = "busy";
        for (int i = 0; i < 3; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(probe::read)
                    .hasMessage(org.lscp.workspace.domain.shared.StorageUnavailableException.BUSY);
        }
        assertThat(transactions.databaseAway()).isFalse();
        assertThat(database.tried).isEqualTo(3);
    }

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
    void aPoolHandingBackConnectionsTooLateIsBusyNotAway() {
        RuntimeException late = poolTimedOut("total=20, active=18, idle=2, waiting=63");
        assertThat(UseCaseTransactions.everyConnectionInUse(late)).isTrue();
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
