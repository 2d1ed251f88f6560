package org.lscp.workspace.domain.comment.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface CommentRepository {
    /** Saves a new comment or an edit (the version moves on; a stale one is a concurrent change). */
    Comment save(Comment comment);

    Optional<Comment> find(PartnershipId partnership, long id);

    /** Oldest first. */
    List<Comment> on(PartnershipId partnership, String subject);
}
