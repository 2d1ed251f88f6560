package org.lscp.workspace.persistence.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.comment.port.out.CommentRepository;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.MemberId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class JdbcCommentRepositoryIT {
    @Autowired CommentRepository comments;
    @Autowired PartnershipRepository partnerships;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void commentsKeepTheirTextMentionsAndVersions() {
        var tx = new TransactionTemplate(transactions);
        var p = tx.execute(s -> partnerships.save(new Partnership(null, "C " + System.nanoTime(), "LA")).id());
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        Comment saved = tx.execute(s -> comments.save(new Comment(null, p, "contact/1", new MemberId(5), "Sam Okafor",
                "<script>alert(1)</script>\nline two", List.of(new Comment.Mention(new MemberId(6), "Nadia Ali")), at,
                null, 0)));
        assertThat(saved.text()).isEqualTo("<script>alert(1)</script>\nline two");
        assertThat(saved.mentions()).containsExactly(new Comment.Mention(new MemberId(6), "Nadia Ali"));
        Comment edited = tx.execute(s -> comments.save(saved.edited("Corrected", at.plusSeconds(60))));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.editedAt()).isEqualTo(at.plusSeconds(60));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> comments.save(saved.edited("Stale", at))))
                .isInstanceOf(ConcurrentChangeException.class);
        tx.executeWithoutResult(s -> comments.save(new Comment(null, p, "contact/1", new MemberId(6), "Nadia Ali",
                "Reply", List.of(), at.plusSeconds(120), null, 0)));
        assertThat(comments.on(p, "contact/1")).extracting(Comment::text).containsExactly("Corrected", "Reply");
        assertThat(comments.on(p, "contact/2")).isEmpty();
    }
}
