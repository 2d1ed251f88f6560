package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.domain.redaction.model.KeptIdentifier;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * What a form shows when a save was refused because its text seems to identify a child (the message is also next
 * to each field, by {@link FieldErrors}): what was found, and "Keep it and save" with a required reason. Keeping
 * records the member's reason (audited) and runs the same save again; removing the identifier and saving as usual
 * needs nothing from here. {@link EditDialog} and the comment box bring one in when they need it; another form adds
 * one with {@link #create()} and calls {@link #offer} from its {@code catch}.
 */
public class IdentifierChallenge extends Div {
    public final Paragraph found = new Paragraph();
    public final TextArea reason = new TextArea("Why it must stay");
    public final Button keep = new Button("Keep it and save");
    private final ChildIdentifierUseCase identifiers;
    private final CurrentActor current;
    private @Nullable IdentifiesChildException pending;
    private @Nullable Runnable retry;

    public IdentifierChallenge(ChildIdentifierUseCase identifiers, CurrentActor current) {
        this.identifiers = identifiers;
        this.current = current;
        addClassName("identifier-challenge");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Child identifiers found");
        reason.setMaxLength(KeptIdentifier.REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText("The board chair will see \u201c[child]\u201d in its place; those who work with "
                + "children's records see it as written. Your reason is kept in the audit trail.");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        keep.addClickListener(e -> keep());
        add(new H3("This seems to identify a child"), found, reason, keep);
        setVisible(false);
    }

    /** One made with this application's use case and signed-in member (a form's own component). */
    public static IdentifierChallenge create() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(IdentifierChallenge.class);
    }

    /** Shows what was found and offers to keep it; {@code retry} is the same save, run once it is kept. */
    public void offer(IdentifiesChildException refused, Runnable retry) {
        this.pending = refused;
        this.retry = retry;
        found.setText("Found: " + refused.found().stream().map(s -> "\u201c" + s + "\u201d")
                .collect(Collectors.joining(", ")) + ". Remove it and save again, or keep it and say why.");
        reason.setInvalid(false);
        reason.setErrorMessage(null);
        setVisible(true);
    }

    /** Hides the offer (the save went through, or the form was reset). */
    public void dismiss() {
        pending = null;
        retry = null;
        reason.clear();
        setVisible(false);
    }

    void keep() {
        if (pending == null || retry == null) return;
        try {
            identifiers.keep(current.get(), pending.texts(), reason.getValue());
        } catch (ValidationException e) {
            reason.setErrorMessage(e.fieldErrors().getOrDefault("reason", e.getMessage()));
            reason.setInvalid(true);
            reason.focus();
            return;
        }
        Runnable again = retry;
        dismiss();
        again.run();
    }
}
