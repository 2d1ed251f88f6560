package org.lscp.workspace.domain.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.comment.service.CommentService;
import org.lscp.workspace.domain.fixtures.InMemoryCommentRepository;
import org.lscp.workspace.domain.fixtures.InMemoryNoticeRepository;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.notice.service.NoticeSender;
import org.lscp.workspace.domain.notice.service.NoticeService;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.ValidationException;

class CommentServiceTest {
    private static final String CONTACT = Change.contact(42);
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private CommentService comments;
    private final InMemoryNoticeRepository inbox = new InMemoryNoticeRepository();
    private final NoticeService notices = new NoticeService(inbox, world.changes, world.auditor);

    @BeforeEach
    void setUp() {
        world.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        // the police practitioner may not see contact 42; everyone else in partnership A may
        comments = new CommentService(new InMemoryCommentRepository(), world.directory,
                (members, subject) -> members.stream().filter(actor -> actor.partnershipId()
                        .equals(world.partnershipA()) && !actor.memberId().equals(world.practitionerA().memberId()))
                        .toList(),
                new NoticeSender(inbox, world.directory, world.changes, world.auditor), world.auditor,
                world.childIdentifiers);
    }

    @Test
    void aCommentMentionsMembersWhoMaySeeTheRecordAndIsAuditedAndPublished() {
        int audits = world.auditLog.size();
        Comment c = comments.add(world.mashManagerA(), CONTACT, "  Please check with <b>school</b>\nthanks  ",
                Set.of(world.healthPractitionerA().memberId()));
        assertThat(c.text()).isEqualTo("Please check with <b>school</b>\nthanks");
        assertThat(c.mentions()).extracting(Comment.Mention::name).containsExactly(
                TestPartnerships.HEALTH_PRACTITIONER_A_NAME);
        assertThat(world.auditLog.all().get(audits).entityType()).isEqualTo("Comment");
        assertThat(world.changes.published()).as("the comment's change says who made it")
                .contains(new Change(world.partnershipA(), CONTACT, world.mashManagerA().memberId()),
                new Change(world.partnershipA(), org.lscp.workspace.domain.notice.model.Notice.bellOf(
                        world.healthPractitionerA().memberId())));
        assertThat(comments.on(world.healthPractitionerA(), CONTACT)).containsExactly(c);
    }

    @Test
    void badCommentsAndMentionsAreRefusedWithNothingSaved() {
        var tooLong = catchThrowableOfType(ValidationException.class, () -> comments.add(world.mashManagerA(), CONTACT,
                "x".repeat(100_000), Set.of()));
        assertThat(tooLong.fieldErrors().get("text")).isEqualTo("Your comment must be 4000 characters or fewer.");
        assertThat(catchThrowableOfType(ValidationException.class, () -> comments.add(world.mashManagerA(), CONTACT,
                " ", Set.of())).fieldErrors()).containsKey("text");
        var otherPartnership = catchThrowableOfType(ValidationException.class, () -> comments.add(world.mashManagerA(),
                CONTACT, "Hello", Set.of(world.adminB().memberId())));
        assertThat(otherPartnership.fieldErrors().get("mentions")).contains("your own partnership");
        var cannotSee = catchThrowableOfType(ValidationException.class, () -> comments.add(world.mashManagerA(),
                CONTACT, "Hello", Set.of(world.practitionerA().memberId())));
        assertThat(cannotSee.fieldErrors().get("mentions")).contains("cannot see this record");
        assertThatThrownBy(() -> comments.add(world.practitionerA(), CONTACT, "Hello", Set.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(comments.on(world.mashManagerA(), CONTACT)).isEmpty();
    }

    @Test
    void theAuthorEditsForFifteenMinutesThenTheCommentIsFixed() {
        Comment c = comments.add(world.mashManagerA(), CONTACT, "First", Set.of());
        assertThatThrownBy(() -> comments.edit(world.secondMashManagerA(), c.requireId(), c.version(), "Mine now"))
                .isInstanceOf(NotAuthorisedException.class);
        world.clock.set(Instant.parse("2026-11-25T10:15:00Z"));
        Comment edited = comments.edit(world.mashManagerA(), c.requireId(), c.version(), "First, corrected");
        assertThat(edited.editedAt()).isEqualTo(Instant.parse("2026-11-25T10:15:00Z"));
        assertThatThrownBy(() -> comments.edit(world.mashManagerA(), c.requireId(), c.version(), "Stale"))
                .isInstanceOf(ConcurrentChangeException.class);
        world.clock.set(Instant.parse("2026-11-25T10:15:00Z").plus(Duration.ofSeconds(1)));
        var late = catchThrowableOfType(ValidationException.class,
                () -> comments.edit(world.mashManagerA(), c.requireId(), edited.version(), "Too late"));
        assertThat(late.fieldErrors().get("text")).contains("15 minutes");
        assertThat(world.auditLog.all()).filteredOn(a -> a.entityType().equals("Comment")).hasSize(2)
                .last().satisfies(a -> assertThat(a.before()).contains("First").doesNotContain("corrected"));
    }

    @Test
    void onlyMembersWhoMaySeeTheRecordCanBeMentioned() {
        assertThat(comments.mentionable(world.mashManagerA(), CONTACT)).extracting(Comment.Mention::name)
                .contains(TestPartnerships.HEALTH_PRACTITIONER_A_NAME)
                .doesNotContain(TestPartnerships.PRACTITIONER_A_NAME, TestPartnerships.MASH_MANAGER_A_NAME,
                        TestPartnerships.ADMIN_B_NAME);
    }

    @Test
    void theMentionedMemberIsNotifiedAndOnlyTheyReadOrMarkIt() {
        var health = world.healthPractitionerA();
        comments.add(world.mashManagerA(), CONTACT, "Can you check the clinic notes?", Set.of(health.memberId()));
        assertThat(notices.unread(health)).isEqualTo(1);
        var notice = notices.inbox(health, org.lscp.workspace.domain.shared.PageRequest.first(10)).getFirst();
        assertThat(notice.text()).isEqualTo(TestPartnerships.MASH_MANAGER_A_NAME
                + " mentioned you in a comment: \u201cCan you check the clinic notes?\u201d");
        assertThat(notice.subject()).isEqualTo(CONTACT);
        assertThat(world.changes.published().getLast().subject()).isEqualTo(
                org.lscp.workspace.domain.notice.model.Notice.bellOf(health.memberId()));
        assertThat(notices.unread(world.mashManagerA())).isZero();
        assertThatThrownBy(() -> notices.markRead(world.mashManagerA(), notice.id()))
                .isInstanceOf(NotFoundException.class);
        notices.markRead(health, notice.id());
        assertThat(notices.unread(health)).isZero();
        notices.markRead(health, notice.id()); // again, from a second tab: already read is not "not found"
        assertThat(notices.unread(health)).isZero();
    }
}
