package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.domain.plan.model.AreaJudgement;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.Judgement;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;

/** Record or edit an inspection or review: dates, judgements per area, strengths, areas for improvement. */
class InspectionDialog extends EditDialog<SaveInspectionCommand, Inspection> {
    final TextField inspectorate = new TextField("Inspectorate or reviewer");
    final ComboBox<InspectionType> type = new ComboBox<>("Type");
    final TextField title = new TextField("Title");
    final DatePicker startDate = new DatePicker("Started");
    final DatePicker endDate = new DatePicker("Ended");
    final DatePicker publishedOn = new DatePicker("Report published");
    final VerticalLayout judgementRows = new VerticalLayout();
    final FieldMessage judgementsMessage = new FieldMessage();
    final TextArea strengths = new TextArea("Strengths");
    final TextArea areasForImprovement = new TextArea("Areas for improvement");
    private final List<JudgementRow> rows = new ArrayList<>();

    record JudgementRow(TextField area, ComboBox<Judgement> judgement, HorizontalLayout layout) {
    }

    InspectionDialog(Inspection inspection, Function<SaveInspectionCommand, Inspection> saver) {
        super(inspection == null ? "Add inspection or review" : "Edit " + inspection.title(), saver);
        setWidth("44rem");
        type.setItems(InspectionType.values());
        type.setItemLabelGenerator(InspectionType::label);
        title.setMaxLength(200);
        judgementRows.setPadding(false);
        judgementRows.setSpacing(false);
        Button addArea = new Button("Add judged area", VaadinIcon.PLUS.create(), e -> addRow(null));
        addArea.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        strengths.setMaxLength(SaveInspectionCommand.TEXT_MAX);
        areasForImprovement.setMaxLength(SaveInspectionCommand.TEXT_MAX);
        if (inspection == null) {
            inspectorate.setValue("Ofsted");
        } else {
            inspectorate.setValue(inspection.inspectorate());
            type.setValue(inspection.type());
            title.setValue(inspection.title());
            startDate.setValue(inspection.startDate());
            endDate.setValue(inspection.endDate());
            publishedOn.setValue(inspection.publishedOn());
            inspection.judgements().forEach(this::addRow);
            strengths.setValue(inspection.strengths());
            areasForImprovement.setValue(inspection.areasForImprovement());
        }
        FormLayout form = new FormLayout(inspectorate, type, title, startDate, endDate, publishedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(title, 3);
        VerticalLayout judgements = new VerticalLayout(judgementRows, addArea, judgementsMessage);
        judgements.setPadding(false);
        judgements.setSpacing(false);
        strengths.setWidthFull();
        areasForImprovement.setWidthFull();
        add(form, judgements, strengths, areasForImprovement);
    }

    void addRow(AreaJudgement existing) {
        TextField area = new TextField("Area");
        ComboBox<Judgement> judgement = new ComboBox<>("Judgement");
        judgement.setItems(Judgement.values());
        judgement.setItemLabelGenerator(Judgement::label);
        area.setWidth("24rem");
        if (existing != null) {
            area.setValue(existing.area());
            judgement.setValue(existing.judgement());
        }
        HorizontalLayout layout = new HorizontalLayout(area, judgement);
        JudgementRow row = new JudgementRow(area, judgement, layout);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            judgementRows.remove(layout);
        });
        remove.setAriaLabel("Remove this judged area");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        layout.add(remove);
        layout.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        rows.add(row);
        judgementRows.add(layout);
    }

    @Override
    protected SaveInspectionCommand command() {
        return new SaveInspectionCommand(inspectorate.getValue(), type.getValue(), title.getValue(),
                startDate.getValue(), endDate.getValue(), publishedOn.getValue(),
                rows.stream().map(r -> new AreaJudgement(r.area().getValue(), r.judgement().getValue())).toList(),
                strengths.getValue(), areasForImprovement.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("inspectorate", inspectorate);
        fields.put("type", type);
        fields.put("title", title);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("publishedOn", publishedOn);
        fields.put("judgements", judgementsMessage);
        fields.put("strengths", strengths);
        fields.put("areasForImprovement", areasForImprovement);
        return fields;
    }
}
