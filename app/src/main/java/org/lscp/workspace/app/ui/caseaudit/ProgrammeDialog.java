package org.lscp.workspace.app.ui.caseaudit;

import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.SampleFilter;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lscp.workspace.app.ui.DateInputs;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.model.SaveProgrammeCommand;
import org.lscp.workspace.domain.partnership.model.Member;

/** The admin sets up a case audit: theme, the recommendations it tests, the sample's period, the group. */
class ProgrammeDialog extends EditDialog<SaveProgrammeCommand, AuditProgramme> {
    /** A recommendation to choose, named by its source ("ILACS 2019 · 1"). */
    record Rec(org.lscp.workspace.domain.shared.RecommendationId id, String label) {
    }

    final TextField title = new TextField("Title");
    final ComboBox<AuditTheme> theme = new ComboBox<>("Theme");
    final MultiSelectComboBox<Rec> recommendations = new MultiSelectComboBox<>("Recommendations it tests");
    final DatePicker sampleFrom = DateInputs.british(new DatePicker("Sample contacts received from"),
            "Enter the date as dd/mm/yyyy.");
    final DatePicker sampleTo = DateInputs.british(new DatePicker("to"), "Enter the date as dd/mm/yyyy.");
    final ComboBox<Rag> sampleRag = new ComboBox<>("Only contacts rated");
    final ComboBox<Long> sampleSource = new ComboBox<>("Only contacts from");
    final DatePicker meetsOn = DateInputs.british(new DatePicker("The group meets on"), "Enter the date as dd/mm/yyyy.");
    final MultiSelectComboBox<Member> auditors = new MultiSelectComboBox<>("Auditors (from several agencies)");
    final ComboBox<Member> moderator = new ComboBox<>("Moderator");

    ProgrammeDialog(AuditProgramme existing, List<Rec> recs, List<Member> members, Map<Long, String> agencyNames,
                    Function<SaveProgrammeCommand, AuditProgramme> saver) {
        super(existing == null ? "New case audit" : "Edit " + existing.title(), saver);
        setWidth("42rem");
        summariseErrors();
        theme.setItems(AuditTheme.values());
        theme.setItemLabelGenerator(AuditTheme::label);
        recommendations.setItems(recs);
        recommendations.setItemLabelGenerator(Rec::label);
        sampleRag.setItems(Rag.values());
        sampleRag.setItemLabelGenerator(Rag::label);
        sampleSource.setItems(agencyNames.keySet().stream().sorted(java.util.Comparator.comparing(
                agencyNames::get)).toList());
        sampleSource.setItemLabelGenerator(agencyNames::get);
        for (ComboBox<?> filter : List.of(sampleRag, sampleSource)) {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder("Any");
        }
        sampleRag.setHelperText("A thresholds audit may sample the contacts rated red, say.");
        auditors.setItems(members);
        auditors.setItemLabelGenerator(m -> m.name() + " (" + agencyNames.getOrDefault(m.agencyId().value(), "") + ")");
        auditors.setHelperText("Each completes the section of their agency for the children their agency knew.");
        moderator.setItems(members);
        moderator.setItemLabelGenerator(m -> m.name() + " (" + agencyNames.getOrDefault(m.agencyId().value(), "")
                + ")");
        if (existing != null) {
            title.setValue(existing.title());
            theme.setValue(existing.theme());
            recommendations.setValue(recs.stream().filter(r -> existing.recommendations().contains(r.id()))
                    .collect(Collectors.toSet()));
            sampleFrom.setValue(existing.sampleFrom());
            sampleTo.setValue(existing.sampleTo());
            sampleRag.setValue(existing.sample().rag());
            sampleSource.setValue(existing.sample().source() == null ? null : existing.sample().source().value());
            meetsOn.setValue(existing.meetsOn());
            auditors.setValue(members.stream().filter(m -> existing.auditors().contains(m.requireId()))
                    .collect(Collectors.toSet()));
            members.stream().filter(m -> m.requireId().equals(existing.moderator())).findFirst()
                    .ifPresent(moderator::setValue);
        }
        FormLayout form = new FormLayout(title, theme, recommendations, sampleFrom, sampleTo, sampleRag, sampleSource,
                meetsOn, auditors, moderator);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(recommendations, 2);
        form.setColspan(auditors, 2);
        add(form);
    }

    @Override
    protected SaveProgrammeCommand command() {
        return new SaveProgrammeCommand(title.getValue(), theme.getValue(), recommendations.getValue().stream()
                .map(Rec::id).collect(Collectors.toSet()), sampleFrom.getValue(), sampleTo.getValue(),
                new SampleFilter(sampleRag.getValue(), sampleSource.getValue() == null ? null
                        : new org.lscp.workspace.domain.shared.AgencyId(sampleSource.getValue())),
                meetsOn.getValue(), auditors.getValue().stream().map(Member::requireId).collect(Collectors.toSet()),
                moderator.isEmpty() ? null : moderator.getValue().requireId());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("theme", theme);
        fields.put("recommendations", recommendations);
        fields.put("sampleFrom", sampleFrom);
        fields.put("sampleTo", sampleTo);
        fields.put("meetsOn", meetsOn);
        fields.put("auditors", auditors);
        fields.put("moderator", moderator);
        return fields;
    }
}
