package org.lscp.workspace.domain.comment.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * A member's comment on a record (its subject, e.g. "contact/42"): plain text, shown as text (never as HTML), with
 * the members it mentions. The author may edit it for 15 minutes; after that it is fixed. Every version is in the
 * audit trail.
 */
public record Comment(@Nullable Long id, PartnershipId partnershipId, String subject, MemberId author,
                      String authorName, String text, List<Mention> mentions, Instant createdAt,
                      @Nullable Instant editedAt, long version) implements Audited {
    public static final Duration EDITABLE_FOR = Duration.ofMinutes(15);
    public static final int MAX_LENGTH = 4_000;

    public record Mention(MemberId member, String name) {
    }

    public Comment {
        mentions = List.copyOf(mentions);
    }

    /** Editable by its author up to and including 15 minutes after it was written. */
    public boolean editableBy(MemberId member, Instant now) {
        return author.equals(member) && !now.isAfter(createdAt.plus(EDITABLE_FOR));
    }

    public Comment edited(String newText, Instant now) {
        return new Comment(id, partnershipId, subject, author, authorName, newText, mentions, createdAt, now, version);
    }

    /** The same comment with its text as a reader may see it (children's identifiers masked, say). */
    public Comment shownAs(String shownText) {
        return new Comment(id, partnershipId, subject, author, authorName, shownText, mentions, createdAt, editedAt,
                version);
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("comment not saved yet");
        return id;
    }

    @Override public String auditType() { return "Comment"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override public String subject() { return subject; }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("on", subject).with("text", text)
                .with("mentions", mentions.stream().map(Mention::name).toList());
    }
}
