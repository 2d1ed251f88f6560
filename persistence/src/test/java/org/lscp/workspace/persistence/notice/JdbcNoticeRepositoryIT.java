package org.lscp.workspace.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class JdbcNoticeRepositoryIT {
    @Autowired NoticeRepository notices;
    @Autowired PartnershipRepository partnerships;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Transactions of this server waiting on a row lock just now. */
    private int lockWaits() {
        Integer waiting = jdbc.queryForObject("select count(*) from information_schema.innodb_trx"
                + " where trx_state = 'LOCK WAIT'", Integer.class);
        return waiting == null ? 0 : waiting;
    }

    @Test
    void aMembersNoticesNewestFirstWithUnreadCountsAndMarking() {
        var tx = new TransactionTemplate(transactions);
        var p = tx.execute(s -> partnerships.save(new Partnership(null, "N " + System.nanoTime(), "LA")).id());
        MemberId nadia = new MemberId(6);
        MemberId sam = new MemberId(5);
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        Notice first = tx.execute(s -> notices.add(new Notice(null, p, nadia, "one", "contact/1", at, null)));
        Notice second = tx.execute(s -> notices.add(new Notice(null, p, nadia, "two", "contact/2", at.plusSeconds(5),
                null)));
        tx.execute(s -> notices.add(new Notice(null, p, sam, "three", "contact/3", at, null)));
        assertThat(notices.forMember(p, nadia, PageRequest.first(10))).extracting(Notice::text)
                .containsExactly("two", "one");
        assertThat(notices.unread(p, nadia)).isEqualTo(2);
        assertThat((int) tx.execute(s -> notices.markRead(p, sam, first.id(), at))).isZero();
        assertThat((int) tx.execute(s -> notices.markRead(p, nadia, first.id(), at))).isEqualTo(1);
        assertThat(notices.unread(p, nadia)).isEqualTo(1);
        assertThat((int) tx.execute(s -> notices.markRead(p, nadia, null, at))).isEqualTo(1);
        assertThat(notices.forMember(p, nadia, PageRequest.first(10))).noneMatch(Notice::unread);
        assertThat(notices.unread(p, sam)).isEqualTo(1);
        assertThat(notices.isFor(p, nadia, first.id())).as("read, still hers").isTrue();
        assertThat(notices.isFor(p, sam, first.id())).isFalse();
        assertThat(second.id()).isNotNull();
    }

    @Test
    void aReminderIsAddedOncePerRecipientAndKey() {
        var tx = new TransactionTemplate(transactions);
        var p = tx.execute(s -> partnerships.save(new Partnership(null, "R " + System.nanoTime(), "LA")).id());
        MemberId nadia = new MemberId(6);
        MemberId sam = new MemberId(5);
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        String key = "action-due:" + p.value() + ":2026-11-30";
        Notice reminder = new Notice(null, p, nadia, "Action due", "plan/recommendations/1/actions/2", at, null);

        assertThat((boolean) tx.execute(s -> notices.addOnce(reminder, key))).isTrue();
        assertThat((boolean) tx.execute(s -> notices.addOnce(reminder, key))).isFalse();
        assertThat((boolean) tx.execute(s -> notices.addOnce(new Notice(null, p, sam, "Action due", reminder.subject(), at,
                null), key))).as("another member").isTrue();
        assertThat((boolean) tx.execute(s -> notices.addOnce(reminder, key + ":overdue"))).as("another key").isTrue();
        assertThat(notices.remindedOf(p, key)).containsExactlyInAnyOrder(nadia, sam);
        assertThat(notices.remindedOf(p, key + ":other")).isEmpty();
        tx.execute(s -> notices.add(reminder));
        tx.execute(s -> notices.add(reminder));
        assertThat(notices.forMember(p, nadia, PageRequest.first(10))).as("notices without a key are not deduplicated")
                .hasSize(4);
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
