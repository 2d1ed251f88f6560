package org.lscp.workspace.domain.comment.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.comment.port.out.CommentRepository;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.redaction.model.ChildIdentifiers;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Comments can be on records a board chair reads (recommendations, actions, escalations): their text is checked for
 * children's identifiers when saved and masked for readers who may not see children's records.
 */
public final class CommentService implements CommentUseCase {
    private final CommentRepository comments;
    private final MemberDirectory members;
    private final SubjectAccess access;
    private final Notifier notices;
    private final Audit auditor;
    private final ChildIdentifierGuard identifiers;

    public CommentService(CommentRepository comments, MemberDirectory members, SubjectAccess access,
                          Notifier notices, Audit auditor, ChildIdentifierGuard identifiers) {
        this.identifiers = identifiers;
        this.comments = comments;
        this.members = members;
        this.access = access;
        this.notices = notices;
        this.auditor = auditor;
    }

    @Override
    public Comment add(Actor actor, String subject, String text, Set<MemberId> mentions) {
        requireAccess(actor, subject);
        String clean = checked(text);
        List<Actor> named = mentions.stream().map(id -> members.activeActor(id)
                .filter(m -> m.partnershipId().equals(actor.partnershipId()))
                .orElseThrow(() -> ValidationException.of("mentions", "Mention members of your own partnership only.")))
                .toList();
        // the record is read once for all of them
        List<Actor> maySee = access.whoMaySee(named, subject);
        for (Actor member : named) {
            if (!maySee.contains(member)) {
                throw ValidationException.of("mentions", member.name() + " cannot see this record, so cannot be "
                        + "mentioned on it.");
            }
        }
        List<Comment.Mention> mentioned = named.stream().map(m -> new Comment.Mention(m.memberId(), m.name())).toList();
        identifiers.check(actor, "text", clean);
        Comment saved = comments.save(new Comment(null, actor.partnershipId(), subject, actor.memberId(), actor.name(),
                clean, mentioned, auditor.now(), null, 0));
        auditor.created(actor, saved);
        String masked = named.stream().allMatch(ChildIdentifiers::seesChildren) ? clean
                : identifiers.masked(actor.partnershipId(), List.of(clean)).getFirst();
        for (Actor member : named) {
            // a mention was checked above: the member may see the record; the quote is as they may read it
            String quoted = ChildIdentifiers.seesChildren(member) ? clean : masked;
            notices.notify(actor.partnershipId(), Recipients.member(member.memberId(), m -> true), actor.name()
                    + " mentioned you in a comment: \u201c" + Text.shorten(quoted, 120) + "\u201d", subject);
        }
        return saved;
    }

    @Override
    public Comment edit(Actor actor, long commentId, long expectedVersion, String text) {
        Comment current = comments.find(actor.partnershipId(), commentId)
                .orElseThrow(() -> new NotFoundException("Comment not found."));
        requireAccess(actor, current.subject());
        Instant now = auditor.now();
        if (!current.author().equals(actor.memberId())) {
            throw new NotAuthorisedException("Only the author can edit a comment.");
        }
        if (!current.editableBy(actor.memberId(), now)) {
            throw ValidationException.of("text", "A comment can be edited for 15 minutes; this one is now part of the "
                    + "record. Add another comment instead.");
        }
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "comment");
        String clean = checked(text);
        identifiers.check(actor, "text", clean);
        Comment saved = comments.save(current.edited(clean, now));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public List<Comment> on(Actor actor, String subject) {
        requireAccess(actor, subject);
        List<Comment> found = comments.on(actor.partnershipId(), subject);
        List<String> shown = identifiers.forReader(actor, found.stream().map(Comment::text).toList());
        // the author reads their own words as typed, so editing a comment never saves a mask over them
        return java.util.stream.IntStream.range(0, found.size())
                .mapToObj(i -> found.get(i).author().equals(actor.memberId()) ? found.get(i)
                        : found.get(i).shownAs(shown.get(i))).toList();
    }

    @Override
    public List<Comment.Mention> mentionable(Actor actor, String subject) {
        requireAccess(actor, subject);
        List<Actor> others = members.activeActors(actor.partnershipId(), MemberFilter.NONE).stream()
                .filter(m -> !m.memberId().equals(actor.memberId())).toList();
        return access.whoMaySee(others, subject).stream().map(m -> new Comment.Mention(m.memberId(), m.name()))
                .sorted(java.util.Comparator.comparing(Comment.Mention::name)).toList();
    }

    private void requireAccess(Actor actor, String subject) {
        if (!access.maySee(actor, subject)) throw new NotFoundException("Record not found, or not one you may see.");
    }

    /** Plain text, 1 to 4,000 characters; what looks like markup is kept as text (it is shown, never run). */
    private static String checked(String text) {
        new Check().longText("text", text, "your comment", Comment.MAX_LENGTH).done();
        return Text.block(text);
    }
}
