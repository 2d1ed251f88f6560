package org.lscp.workspace.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.fixtures.NoticeRepositoryContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The notice adapter on MariaDB: the contract the fake passes, and two nodes sweeping at once. */
@SpringBootTest
class JdbcNoticeRepositoryIT extends NoticeRepositoryContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }

    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Transactions of this server waiting on a row lock just now. */
    private int lockWaits() {
        Integer waiting = jdbc.queryForObject("select count(*) from information_schema.innodb_trx"
                + " where trx_state = 'LOCK WAIT'", Integer.class);
        return waiting == null ? 0 : waiting;
    }

    @Test
    void twoNodesSweepingAtOnceAddTheReminderOnce() throws Exception {
        var tx = new TransactionTemplate(transactions);
        var p = tx.execute(s -> partnerships.save(new Partnership(null, "T " + System.nanoTime(), "LA")).id());
        Notice reminder = new Notice(null, p, new MemberId(6), "Decision due", "contact/9",
                Instant.parse("2026-11-25T10:00:00Z"), null);
        var firstAdded = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> tx.execute(s -> {
                boolean added = notices.addOnce(reminder, "decision-due:9");
                firstAdded.countDown();
                await(release);
                return added;
            }));
            await(firstAdded);
            // the second node has not seen the first's uncommitted reminder, so it tries to add it too
            var second = pool.submit(() -> tx.execute(s -> notices.addOnce(reminder, "decision-due:9")));
            // let the second reach the first's uncommitted row (it waits on its lock) before the first commits
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> second.isDone() || lockWaits() > 0);
            release.countDown();
            assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(10, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
        } finally {
            pool.shutdownNow();
        }
        assertThat(notices.forMember(p, new MemberId(6), PageRequest.first(10))).hasSize(1);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
