package org.lscp.workspace.domain.comment.port.in;

import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;

/** Comments with mentions on the records members work on together (contacts, for now). */
public interface CommentUseCase {
    Comment add(Actor actor, String subject, String text, Set<MemberId> mentions);

    Comment edit(Actor actor, long commentId, long expectedVersion, String text);

    List<Comment> on(Actor actor, String subject);

    /** The members who may be mentioned on the record: active, of the partnership, and able to see it. */
    List<Comment.Mention> mentionable(Actor actor, String subject);
}
