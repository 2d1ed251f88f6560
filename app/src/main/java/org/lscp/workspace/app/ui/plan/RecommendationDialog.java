package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
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
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.MeasureRef;
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
    final MeasureRow first;
    final MeasureRow second;
    /** The rows: as many as the recommendation has success measures, and one more (two at least). */
    private final List<MeasureRow> rows = new ArrayList<>();
    private final Inspection inspection;

    /**
     * A success measure: the measure from the catalogue (computed, or returned by an agency), the plan's wording, the
     * target and the amber band of its RAG rule.
     */
    static final class MeasureRow {
        final ComboBox<CatalogueEntry> measure;
        final TextField wording = new TextField("Wording on the plan");
        final TextField target = new TextField("Target");
        final NumberField amber = new NumberField("Amber when short by up to");

        MeasureRow(String label, List<CatalogueEntry> catalogue, String example) {
            measure = new ComboBox<>(label);
            measure.setItems(catalogue);
            measure.setItemLabelGenerator(e -> e.name() + " \u2014 " + (e.ref().source() == MeasureRef.Source.COMPUTED
                    ? "computed" : e.ready() ? "data return" : "data return, to define"));
            measure.setHelperText("Computed from the records, or a figure an agency returns (the admin defines those "
                    + "under Data returns).");
            measure.setClearButtonVisible(true);
            measure.addValueChangeListener(e -> {
                if (e.getValue() != null && (wording.isEmpty() || e.getOldValue() != null
                        && wording.getValue().equals(e.getOldValue().name()))) {
                    wording.setValue(e.getValue().name());
                }
                amber.setHelperText(e.getValue() == null || e.getValue().percentage()
                        ? "Points below the target; 10 if empty." : "In " + e.getValue().unit()
                        + "; a tenth of the target if empty.");
            });
            target.setPlaceholder(example);
            target.setHelperText("A number, with \u2265 or \u2264: " + example + ".");
            amber.setMin(0);
            amber.setHelperText("Points below the target; 10 if empty.");
        }

        void show(SuccessMeasure m, List<CatalogueEntry> catalogue) {
            catalogue.stream().filter(e -> e.ref().equals(m.ref())).findFirst().ifPresent(measure::setValue);
            wording.setValue(m.measure());
            target.setValue(m.target());
            amber.setValue(m.amberWithin());
        }

        boolean empty() {
            return measure.isEmpty() && wording.isEmpty() && target.isEmpty();
        }

        SuccessMeasure value() {
            return new SuccessMeasure(measure.isEmpty() ? null : measure.getValue().ref(), wording.getValue(),
                    target.getValue(), amber.getValue());
        }

        void addTo(FormLayout form) {
            form.add(measure, wording, target, amber);
            form.setColspan(measure, 2);
            form.setColspan(wording, 2);
        }
    }

    RecommendationDialog(Inspection inspection, Recommendation existing, int nextNumber, List<MemberRef> leads,
                         List<Agency> agencies, List<CatalogueEntry> catalogue,
                         Function<SaveRecommendationCommand, Recommendation> saver) {
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
        first = new MeasureRow("Success measure", catalogue, "\u2265 95%");
        second = new MeasureRow("Second success measure", catalogue, "\u2264 18 children");
        rows.add(first);
        rows.add(second);
        int wanted = existing == null ? 2 : Math.max(2, existing.successMeasures().size() + 1);
        while (rows.size() < wanted) {
            rows.add(new MeasureRow("Success measure " + (rows.size() + 1), catalogue, "\u2265 90%"));
        }
        number.setValue(nextNumber);
        if (existing != null) {
            number.setValue(existing.number());
            text.setValue(existing.text());
            theme.setValue(existing.theme());
            leads.stream().filter(m -> m.id().equals(existing.leadOfficer())).findFirst().ifPresent(lead::setValue);
            sharedWith.setValue(agencies.stream().filter(a -> existing.sharedWith().contains(a.requireId()))
                    .collect(Collectors.toSet()));
            List<SuccessMeasure> measures = existing.successMeasures();
            for (int i = 0; i < measures.size(); i++) rows.get(i).show(measures.get(i), catalogue);
        }
        FormLayout form = new FormLayout(number, theme, text, lead, sharedWith);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 4));
        form.setColspan(number, 1);
        form.setColspan(theme, 3);
        form.setColspan(text, 4);
        form.setColspan(lead, 2);
        form.setColspan(sharedWith, 2);
        rows.forEach(row -> row.addTo(form));
        add(form);
    }

    @Override
    protected SaveRecommendationCommand command() {
        List<SuccessMeasure> measures = new ArrayList<>();
        for (MeasureRow row : rows) {
            if (!row.empty()) measures.add(row.value());
        }
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
        List<MeasureRow> filled = rows.stream().filter(r -> !r.empty()).toList();
        for (int i = 0; i < filled.size(); i++) {
            MeasureRow row = filled.get(i);
            fields.put(SaveRecommendationCommand.field(i, "measure"), row.measure);
            fields.put(SaveRecommendationCommand.field(i, "wording"), row.wording);
            fields.put(SaveRecommendationCommand.field(i, "target"), row.target);
            fields.put(SaveRecommendationCommand.field(i, "amberWithin"), row.amber);
        }
        return fields;
    }
}
