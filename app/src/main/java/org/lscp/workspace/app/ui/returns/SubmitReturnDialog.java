package org.lscp.workspace.app.ui.returns;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.ReturnDue;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.SubmitReturnCommand;
import org.lscp.workspace.domain.shared.London;

/**
 * An officer's figure for one period: how many of how many for a proportion, or the amount; the system it came
 * from; a note, which a correction must give (why the figure changed).
 */
class SubmitReturnDialog extends EditDialog<SubmitReturnCommand, DataReturn> {
    final IntegerField numerator = new IntegerField("How many met it (numerator)");
    final IntegerField denominator = new IntegerField("Out of (denominator)");
    final BigDecimalField value = new BigDecimalField("Figure");
    final TextField source = new TextField("Source system");
    final TextArea note = new TextArea("Note");
    private final ReturnDue due;

    SubmitReturnDialog(ReturnDue due, @Nullable String lastSource, Function<SubmitReturnCommand, DataReturn> saver) {
        super((due.current() == null ? "Return " : "Correct ") + due.measure().name() + " for "
                + due.period().label(), saver);
        this.due = due;
        ReturnMeasure m = due.measure();
        add(new Paragraph(m.definition()));
        if (due.current() != null) {
            add(new Paragraph("Returned on " + London.format(due.current().at()) + " by " + due.current().byName()
                    + ": " + figure(m, due.current()) + ". A correction keeps this figure in the history."));
        }
        value.setHelperText("In " + m.unit() + ".");
        source.setMaxLength(120);
        source.setHelperText("The system the figure was taken from, e.g. Liquidlogic.");
        if (lastSource != null) source.setValue(lastSource);
        note.setMaxLength(2_000);
        if (due.current() != null) {
            note.setLabel("Why is it corrected?");
            note.setRequiredIndicatorVisible(true);
        }
        numerator.setMin(0);
        denominator.setMin(0);
        FormLayout form = m.proportion() ? new FormLayout(numerator, denominator, source, note)
                : new FormLayout(value, source, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.setColspan(note, 2);
        form.setColspan(source, 2);
        add(form);
    }

    static String figure(ReturnMeasure m, DataReturn r) {
        return m.proportion() ? r.numerator() + " of " + r.denominator()
                : org.lscp.workspace.domain.plan.model.Target.number(r.value()) + " " + m.unit();
    }

    @Override
    protected SubmitReturnCommand command() {
        return new SubmitReturnCommand(due.measure().requireId(), due.period().start(),
                numerator.getValue() == null ? null : numerator.getValue().longValue(),
                denominator.getValue() == null ? null : denominator.getValue().longValue(),
                value.getValue() == null ? null : value.getValue().doubleValue(), source.getValue(), note.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("numerator", numerator);
        fields.put("denominator", denominator);
        fields.put("value", value);
        fields.put("sourceSystem", source);
        fields.put("note", note);
        fields.put("period", source);
        return fields;
    }
}
