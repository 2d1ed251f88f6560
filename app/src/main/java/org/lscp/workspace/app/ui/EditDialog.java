package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * A dialog that builds a self-validating command from its fields and hands it to the view's use case.
 * Broken rules appear next to their fields; a concurrent change or a refusal appears at the top; nothing is
 * half-saved. Text that seems to identify a child is refused next to its field, and the dialog offers to keep it
 * with a reason and save again ({@link IdentifierChallenge}).
 *
 * @param <C> the command
 * @param <R> what saving returns
 */
public abstract class EditDialog<C, R> extends Dialog {
    public final Paragraph problem = new Paragraph();
    public final Button save = new Button("Save");
    private final Function<C, R> saver;
    private final List<Consumer<R>> savedListeners = new ArrayList<>();
    private @Nullable IdentifierChallenge challenge;
    private @Nullable ErrorSummary summary;

    protected EditDialog(String title, Function<C, R> saver) {
        this.saver = saver;
        setHeaderTitle(title);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        setWidth("34rem");
    }

    /** Builds the command from the fields; its constructor throws a ValidationException for bad input. */
    protected abstract C command();

    /** Field name used in ValidationException → the field that shows its message. */
    protected abstract Map<String, ? extends HasValidation> fields();

    public void save() {
        try {
            R saved = saver.apply(command());
            savedListeners.forEach(l -> l.accept(saved));
            if (challenge != null) challenge.dismiss();
            close();
        } catch (IdentifiesChildException e) {
            FieldErrors.show(e, fields());
            challenge().offer(e, this::save);
        } catch (ValidationException e) {
            if (summary != null) summary.show(e, fields());
            else FieldErrors.show(e, fields());
        } catch (ConcurrentChangeException | NotAuthorisedException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
        }
    }

    /**
     * For a long form: a failed save also lists every problem at the top ({@link ErrorSummary}), in the order of
     * {@link #fields()} (give it an ordered map). Call it before adding the fields, so it sits above them.
     */
    protected void summariseErrors() {
        summary = new ErrorSummary();
        add(summary);
    }

    /** The keep-it offer under the fields, made the first time a save needs it. */
    public IdentifierChallenge challenge() {
        if (challenge == null) {
            challenge = IdentifierChallenge.create();
            add(challenge);
        }
        return challenge;
    }

    public void onSaved(Consumer<R> listener) {
        savedListeners.add(listener);
    }
}
