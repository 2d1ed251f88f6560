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
        assertThat(second.id()).isNotNull();
    }
}
