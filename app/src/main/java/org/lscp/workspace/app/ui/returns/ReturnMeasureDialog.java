package org.lscp.workspace.app.ui.returns;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.returns.model.Frequency;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.SaveReturnMeasureCommand;

/** The admin defines a data-return measure: what is counted, in what unit, by which agency and officer, how often. */
class ReturnMeasureDialog extends EditDialog<SaveReturnMeasureCommand, ReturnMeasure> {
    static final String PROPORTION = "A proportion: how many of how many";
    static final String AMOUNT = "An amount, in a unit";
    final TextField name = new TextField("Name");
    final TextArea definition = new TextArea("Definition");
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("The figure is");
    final TextField unit = new TextField("Unit");
    final Checkbox higherIsBetter = new Checkbox("Higher is better");
    final ComboBox<Agency> agency = new ComboBox<>("Returned by agency");
    final ComboBox<Member> officer = new ComboBox<>("Officer who returns it");
    final ComboBox<Frequency> frequency = new ComboBox<>("How often");
    final IntegerField days = new IntegerField("Due, days after the period ends");

    ReturnMeasureDialog(ReturnMeasure existing, List<Agency> agencies, Function<Agency, List<Member>> officers,
                        Function<SaveReturnMeasureCommand, ReturnMeasure> saver) {
        super(existing == null ? "Add data-return measure" : "Define \u201c" + existing.name() + "\u201d", saver);
        setWidth("40rem");
        summariseErrors();
        name.setMaxLength(200);
        definition.setMaxLength(2_000);
        definition.setHelperText("What is counted and how, so every agency counts it the same way.");
        kind.setItems(PROPORTION, AMOUNT);
        kind.setValue(PROPORTION);
        unit.setHelperText("e.g. children per worker");
        unit.setMaxLength(40);
        kind.addValueChangeListener(e -> unit.setEnabled(AMOUNT.equals(e.getValue())));
        unit.setEnabled(false);
        higherIsBetter.setValue(true);
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::name);
        officer.setItemLabelGenerator(Member::name);
        officer.setHelperText("A manager or lead officer of the agency; reminded when a return is due or late.");
        agency.addValueChangeListener(e -> {
            officer.setItems(e.getValue() == null ? List.of() : officers.apply(e.getValue()));
            officer.clear();
        });
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        frequency.setValue(Frequency.QUARTERLY);
        days.setValue(ReturnMeasure.DEFAULT_DAYS_TO_RETURN);
        days.setMin(1);
        days.setMax(90);
        if (existing != null) {
            name.setValue(existing.name());
            definition.setValue(existing.definition());
            kind.setValue(existing.proportion() ? PROPORTION : AMOUNT);
            unit.setValue(existing.unit());
            higherIsBetter.setValue(existing.higherIsBetter());
            agencies.stream().filter(a -> a.requireId().equals(existing.agency())).findFirst()
                    .ifPresent(agency::setValue);
            if (agency.getValue() != null) {
                officers.apply(agency.getValue()).stream().filter(m -> m.requireId().equals(existing.officer()))
                        .findFirst().ifPresent(officer::setValue);
            }
            frequency.setValue(existing.frequency());
            days.setValue(existing.daysToReturn());
        }
        FormLayout form = new FormLayout(name, definition, kind, unit, higherIsBetter, agency, officer, frequency,
                days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        form.setColspan(definition, 2);
        form.setColspan(kind, 2);
        add(form);
    }

    @Override
    protected SaveReturnMeasureCommand command() {
        return new SaveReturnMeasureCommand(name.getValue(), definition.getValue(), PROPORTION.equals(kind.getValue()),
                unit.getValue(), higherIsBetter.getValue(), agency.isEmpty() ? null : agency.getValue().requireId(),
                officer.isEmpty() ? null : officer.getValue().requireId(), frequency.getValue(),
                days.getValue() == null ? 0 : days.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("definition", definition);
        fields.put("unit", unit);
        fields.put("agency", agency);
        fields.put("officer", officer);
        fields.put("frequency", frequency);
        fields.put("daysToReturn", days);
        return fields;
    }
}
