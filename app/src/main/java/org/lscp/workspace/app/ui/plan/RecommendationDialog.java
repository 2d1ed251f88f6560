package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;

/** Record or edit a recommendation: its number, text, theme, lead officer, agencies and success measures. */
class RecommendationDialog extends EditDialog<SaveRecommendationCommand, Recommendation> {
    final IntegerField number = new IntegerField("Number");
    final TextArea text = new TextArea("Recommendation");
    final ComboBox<Theme> theme = new ComboBox<>("Theme");
    final ComboBox<MemberRef> lead = new ComboBox<>("Lead officer");
    final MultiSelectComboBox<Agency> sharedWith = new MultiSelectComboBox<>("Shared with agencies");
    final TextField measure1 = new TextField("Success measure");
    final TextField target1 = new TextField("Target");
    final TextField measure2 = new TextField("Second success measure");
    final TextField target2 = new TextField("Target");
    private final Inspection inspection;

    RecommendationDialog(Inspection inspection, Recommendation existing, int nextNumber, List<MemberRef> leads,
                         List<Agency> agencies, Function<SaveRecommendationCommand, Recommendation> saver) {
        super(existing == null ? "Add recommendation to " + inspection.title() : "Edit recommendation "
                + existing.number(), saver);
        this.inspection = inspection;
        setWidth("44rem");
        text.setMaxLength(SaveRecommendationCommand.TEXT_MAX);
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::label);
        lead.setItems(leads);
        lead.setItemLabelGenerator(MemberRef::name);
        lead.setHelperText("Members with the lead officer role.");
        sharedWith.setItems(agencies);
        sharedWith.setItemLabelGenerator(Agency::name);
        target1.setPlaceholder("e.g. ≥ 95%");
        target2.setPlaceholder("e.g. ≤ 10%");
        number.setValue(nextNumber);
        if (existing != null) {
            number.setValue(existing.number());
            text.setValue(existing.text());
            theme.setValue(existing.theme());
            leads.stream().filter(m -> m.id().equals(existing.leadOfficer())).findFirst().ifPresent(lead::setValue);
            sharedWith.setValue(agencies.stream().filter(a -> existing.sharedWith().contains(a.requireId()))
                    .collect(Collectors.toSet()));
            List<SuccessMeasure> measures = existing.successMeasures();
            if (!measures.isEmpty()) {
                measure1.setValue(measures.get(0).measure());
                target1.setValue(measures.get(0).target());
            }
            if (measures.size() > 1) {
                measure2.setValue(measures.get(1).measure());
                target2.setValue(measures.get(1).target());
            }
        }
        FormLayout form = new FormLayout(number, theme, text, lead, sharedWith, measure1, target1, measure2, target2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(text, 3);
        form.setColspan(theme, 2);
        form.setColspan(sharedWith, 2);
        form.setColspan(measure1, 2);
        form.setColspan(measure2, 2);
        add(form);
    }

    @Override
    protected SaveRecommendationCommand command() {
        List<SuccessMeasure> measures = new ArrayList<>();
        if (!measure1.isEmpty() || !target1.isEmpty()) measures.add(new SuccessMeasure(measure1.getValue(), target1.getValue()));
        if (!measure2.isEmpty() || !target2.isEmpty()) measures.add(new SuccessMeasure(measure2.getValue(), target2.getValue()));
        Set<org.lscp.workspace.domain.shared.AgencyId> agencies = sharedWith.getValue().stream().map(Agency::requireId)
                .collect(Collectors.toSet());
        return new SaveRecommendationCommand(inspection.requireId(), number.getValue() == null ? 0 : number.getValue(),
                text.getValue(), theme.getValue(), lead.getValue() == null ? null : lead.getValue().id(), agencies,
                measures);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("number", number);
        fields.put("text", text);
        fields.put("theme", theme);
        fields.put("leadOfficer", lead);
        fields.put("sharedWith", sharedWith);
        fields.put("successMeasures", measure1);
        return fields;
    }
}
