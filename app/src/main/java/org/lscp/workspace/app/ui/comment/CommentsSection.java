package org.lscp.workspace.app.ui.comment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.TextDialog;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.IdentifierChallenge;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.domain.comment.model.Comment;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The comments on a record, and a form to add one with mentions. Text is shown as text — markup is never
 * interpreted — with web addresses made into links and line breaks kept. The author can edit a comment for 15
 * minutes.
 */
public class CommentsSection extends VerticalLayout {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private final CommentUseCase comments;
    private final CurrentActor current;
    private final Clock clock;
    private final String subject;
    private final Runnable changed;
    public final TextArea text = new TextArea("Add a comment");
    public final MultiSelectComboBox<Comment.Mention> mention = new MultiSelectComboBox<>("Mention");
    public final Button post = new Button("Post comment");
    public final VerticalLayout list = new VerticalLayout();
    private @Nullable IdentifierChallenge challenge;

    /**
     * The comment sections of the records a page shows, each made once per record (who may be mentioned is worked
     * out once, and a half-written comment survives a live refresh) and showing the latest comments each time the
     * page renders it again.
     */
    public static final class Kept {
        private final CommentUseCase comments;
        private final CurrentActor current;
        private final Clock clock;
        private final String whoReads;
        private final Runnable changed;
        private final Map<String, CommentsSection> sections = new HashMap<>();

        /**
         * {@code whoReads} tells members who will read what they write (shown under the comment box); {@code changed}
         * runs after the member's own comment is saved.
         */
        public Kept(CommentUseCase comments, CurrentActor current, Clock clock, String whoReads, Runnable changed) {
            this.comments = comments;
            this.current = current;
            this.clock = clock;
            this.whoReads = whoReads;
            this.changed = changed;
        }

        /** The section for the record, under a "Comments" heading of the given level (0: none). */
        public CommentsSection on(String subject, int headingLevel) {
            return on(subject, headingLevel, null);
        }

        /**
         * As above; {@code about} names the record where one page shows several comment sections, so each box and
         * button says which record it is for to screen readers.
         */
        public CommentsSection on(String subject, int headingLevel, @Nullable String about) {
            CommentsSection kept = sections.get(subject);
            if (kept != null) {
                kept.show();
                return kept;
            }
            CommentsSection made = new CommentsSection(comments, current, clock, subject, headingLevel, whoReads,
                    changed);
            if (about != null) {
                made.text.setAriaLabel("Add a comment on " + about);
                made.mention.setAriaLabel("Mention, in a comment on " + about);
                made.post.setAriaLabel("Post comment on " + about);
            }
            sections.put(subject, made);
            return made;
        }
    }

    private CommentsSection(CommentUseCase comments, CurrentActor current, Clock clock, String subject,
                            int headingLevel, String whoReads, Runnable changed) {
        this.comments = comments;
        this.current = current;
        this.clock = clock;
        this.subject = subject;
        this.changed = changed;
        setPadding(false);
        list.setPadding(false);
        text.setMaxLength(Comment.MAX_LENGTH);
        text.setWidthFull();
        text.setHelperText("Plain text; web addresses become links. Mentioned members are told. " + whoReads);
        mention.setItems(comments.mentionable(current.get(), subject));
        mention.setItemLabelGenerator(Comment.Mention::name);
        mention.setWidthFull();
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        if (headingLevel == 2) add(new H2("Comments"));
        else if (headingLevel == 3) add(new H3("Comments"));
        add(list, text, mention, post);
        show();
    }

    /** Shows the record's comments as they are now. */
    public void show() {
        list.removeAll();
        var all = comments.on(current.get(), subject);
        if (all.isEmpty()) list.add(new Paragraph("No comments yet. Ask a question or share what you know below."));
        for (Comment c : all) list.add(comment(c));
    }

    private Component comment(Comment c) {
        Div card = new Div();
        card.addClassName("comment");
        Span by = new Span(c.authorName() + ", " + Formats.dateTime(c.createdAt())
                + (c.editedAt() == null ? "" : " (edited " + Formats.dateTime(c.editedAt()) + ")"));
        by.addClassName("role-name");
        card.add(by);
        for (String line : c.text().split("\n", -1)) card.add(line(line));
        if (!c.mentions().isEmpty()) {
            card.add(new Paragraph("Mentioned: " + c.mentions().stream().map(Comment.Mention::name)
                    .collect(Collectors.joining(", "))));
        }
        if (c.editableBy(current.get().memberId(), clock.instant())) {
            Button edit = new Button("Edit", e -> edit(c));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel("Edit your comment of " + Formats.dateTime(c.createdAt()));
            card.add(edit);
        }
        return card;
    }

    /** One line of a comment: text as text, web addresses as links that open safely in a new tab. */
    static Paragraph line(String line) {
        Paragraph p = new Paragraph();
        Matcher m = LINK.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) p.add(new Span(line.substring(at, m.start())));
            Anchor link = new Anchor(m.group(), m.group());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            p.add(link);
            at = m.end();
        }
        if (at < line.length() || at == 0) p.add(new Span(line.substring(at)));
        return p;
    }

    void post() {
        Map<String, ? extends HasValidation> fields = Map.of("text", text, "mentions", mention);
        try {
            comments.add(current.get(), subject, text.getValue(), mention.getValue().stream()
                    .map(Comment.Mention::member).collect(Collectors.toSet()));
            FieldErrors.clear(fields);
            if (challenge != null) challenge.dismiss();
            text.clear();
            mention.clear();
            show();
            changed.run();
        } catch (IdentifiesChildException e) {
            FieldErrors.show(e, fields);
            challenge().offer(e, this::post);
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
        }
    }

    /** The keep-it offer above the post button, made the first time a comment needs it. */
    public IdentifierChallenge challenge() {
        if (challenge == null) {
            challenge = IdentifierChallenge.create();
            addComponentAtIndex(indexOf(post), challenge);
        }
        return challenge;
    }

    private void edit(Comment c) {
        TextDialog dialog = new TextDialog("Edit your comment", "Comment", "text", newText -> comments.edit(
                current.get(), c.requireId(), c.version(), newText)).editing(c.text(), Comment.MAX_LENGTH);
        dialog.onSaved(saved -> {
            show();
            changed.run();
        });
        dialog.open();
    }
}
