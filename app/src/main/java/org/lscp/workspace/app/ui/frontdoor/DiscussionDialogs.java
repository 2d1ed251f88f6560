package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.app.ui.DateInputs;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.frontdoor.model.Conference;
import org.lscp.workspace.domain.frontdoor.model.ConveneDiscussionCommand;
import org.lscp.workspace.domain.frontdoor.model.DiscussionOutcome;
import org.lscp.workspace.domain.frontdoor.model.Invitation;
import org.lscp.workspace.domain.frontdoor.model.RecordAttendanceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordConferenceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordOutcomeCommand;
import org.lscp.workspace.domain.frontdoor.model.SectionFortySeven;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.ValidationException;

/** The strategy discussion's four dialogs: convening it, an agency's part, the outcome, the conference. */
final class DiscussionDialogs {
    static final String YES = "Yes";
    static final String NO = "No";
    static final String NOT_YET = "Not known yet";

    private DiscussionDialogs() {
    }

    /** Builds the command, adding the pickers' unreadable input to its own problems. */
    private static <C> C checked(Map<String, ? extends HasValidation> pickers, java.util.function.Supplier<C> build,
                                 @Nullable ValidationException extra) {
        ValidationException unreadable = DateInputs.unreadable(pickers);
        ValidationException problems = extra == null ? unreadable : unreadable == null ? extra : extra.and(unreadable);
        try {
            C command = build.get();
            if (problems != null) throw problems;
            return command;
        } catch (ValidationException e) {
            throw problems == null || e == problems ? e : e.and(problems);
        }
    }

    private static TextArea text(String label, int max) {
        TextArea area = new TextArea(label);
        area.setMaxLength(max);
        area.setWidthFull();
        return area;
    }

    private static RadioButtonGroup<String> yesNo(String label, String... choices) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
        group.setItems(choices);
        return group;
    }

    /** The MASH records a strategy discussion held: when, and which other agencies were invited. */
    static final class Convene extends EditDialog<ConveneDiscussionCommand, StrategyDiscussion> {
        final DateTimePicker heldAt = DateInputs.british(new DateTimePicker("When it was held"),
                "Enter the date and time it was held as a real date and a 24-hour time, like 21/12/2026 14:30.");
        final MultiSelectComboBox<AgencyId> alsoInvited = new MultiSelectComboBox<>("Other agencies invited");

        Convene(List<Agency> agencies, Clock clock, Function<ConveneDiscussionCommand, StrategyDiscussion> saver) {
            super("Record the strategy discussion", saver);
            heldAt.setValue(LocalDateTime.now(clock.withZone(London.ZONE)).withSecond(0).withNano(0));
            heldAt.setMax(LocalDateTime.now(clock.withZone(London.ZONE)));
            Map<AgencyId, String> others = new LinkedHashMap<>();
            agencies.stream().filter(a -> !Invitation.mustTakePart(a.kind()))
                    .sorted(java.util.Comparator.comparing(Agency::name))
                    .forEach(a -> others.put(a.requireId(), a.name()));
            alsoInvited.setItems(others.keySet());
            alsoInvited.setItemLabelGenerator(others::get);
            alsoInvited.setHelperText("The police and health agencies are always invited. Each invited agency is "
                    + "told, and records for itself whether it took part.");
            alsoInvited.setWidthFull();
            add(heldAt, alsoInvited);
        }

        @Override
        protected ConveneDiscussionCommand command() {
            return checked(Map.of("heldAt", heldAt), () -> new ConveneDiscussionCommand(heldAt.getValue() == null
                    ? null : heldAt.getValue().atZone(London.ZONE).toInstant(), alsoInvited.getValue()), null);
        }

        @Override
        protected Map<String, ? extends HasValidation> fields() {
            return Map.of("heldAt", heldAt, "alsoInvited", alsoInvited);
        }
    }

    /** An invited agency records for itself whether it took part, and what it shared. */
    static final class Attendance extends EditDialog<RecordAttendanceCommand, StrategyDiscussion> {
        final RadioButtonGroup<String> tookPart = yesNo("Did your agency take part?", YES, NO);
        final TextArea shared = text("What your agency shared", RecordAttendanceCommand.SHARED_MAX);

        Attendance(@Nullable Invitation mine, Function<RecordAttendanceCommand, StrategyDiscussion> saver) {
            super("Your agency's part in the strategy discussion", saver);
            if (mine != null && mine.tookPart() != null) {
                tookPart.setValue(mine.tookPart() ? YES : NO);
                shared.setValue(mine.shared() == null ? "" : mine.shared());
            }
            shared.setHelperText("Seen by the MASH and the other agencies invited; never by the board.");
            add(tookPart, shared);
        }

        @Override
        protected RecordAttendanceCommand command() {
            ValidationException missing = tookPart.getValue() == null
                    ? ValidationException.of("tookPart", "Say whether your agency took part.") : null;
            return checked(Map.of(), () -> new RecordAttendanceCommand(YES.equals(tookPart.getValue()),
                    shared.getValue()), missing);
        }

        @Override
        protected Map<String, ? extends HasValidation> fields() {
            return Map.of("tookPart", tookPart, "shared", shared);
        }
    }

    /** The MASH records the outcome: the section 47 enquiry or why none, safety action, rationale, the medical. */
    static final class Outcome extends EditDialog<RecordOutcomeCommand, StrategyDiscussion> {
        final RadioButtonGroup<SectionFortySeven> enquiry = new RadioButtonGroup<>("Section 47 enquiry");
        final TextArea noEnquiryReason = text("Why there is no section 47 enquiry", RecordOutcomeCommand.TEXT_MAX);
        final TextArea immediateSafetyAction = text("Immediate safety action (if any)",
                RecordOutcomeCommand.TEXT_MAX);
        final TextArea rationale = text("Rationale", RecordOutcomeCommand.TEXT_MAX);
        final RadioButtonGroup<String> medicalNeeded = yesNo("Is a child protection medical needed?", YES, NO);
        final DatePicker medicalArrangedFor = DateInputs.british(new DatePicker("Medical arranged for"),
                "Enter the day the medical is arranged for as a real date, like 22/12/2026.");
        final TextArea noMedicalReason = text("Why no medical is needed", RecordOutcomeCommand.TEXT_MAX);

        Outcome(@Nullable DiscussionOutcome current, Function<RecordOutcomeCommand, StrategyDiscussion> saver) {
            super("Outcome of the strategy discussion", saver);
            summariseErrors();
            enquiry.setItems(SectionFortySeven.values());
            enquiry.setItemLabelGenerator(SectionFortySeven::label);
            if (current != null) {
                enquiry.setValue(current.enquiry());
                noEnquiryReason.setValue(current.noEnquiryReason() == null ? "" : current.noEnquiryReason());
                immediateSafetyAction.setValue(current.immediateSafetyAction() == null ? ""
                        : current.immediateSafetyAction());
                rationale.setValue(current.rationale());
                medicalNeeded.setValue(current.medicalNeeded() ? YES : NO);
                medicalArrangedFor.setValue(current.medicalArrangedFor());
                noMedicalReason.setValue(current.noMedicalReason() == null ? "" : current.noMedicalReason());
            }
            enquiry.addValueChangeListener(e -> show());
            medicalNeeded.addValueChangeListener(e -> show());
            show();
            add(enquiry, noEnquiryReason, immediateSafetyAction, rationale, medicalNeeded, medicalArrangedFor,
                    noMedicalReason);
        }

        /** Only the follow-up questions the answers so far call for. */
        private void show() {
            noEnquiryReason.setVisible(enquiry.getValue() == SectionFortySeven.NONE);
            medicalArrangedFor.setVisible(YES.equals(medicalNeeded.getValue()));
            noMedicalReason.setVisible(NO.equals(medicalNeeded.getValue()));
        }

        @Override
        protected RecordOutcomeCommand command() {
            boolean needed = YES.equals(medicalNeeded.getValue());
            ValidationException missing = medicalNeeded.getValue() == null ? ValidationException.of("medicalNeeded",
                    "Say whether a child protection medical is needed.") : null;
            return checked(Map.of("medicalArrangedFor", medicalArrangedFor), () -> {
                try {
                    return new RecordOutcomeCommand(enquiry.getValue(), noEnquiryReason.getValue(),
                            immediateSafetyAction.getValue(), rationale.getValue(), needed,
                            needed ? medicalArrangedFor.getValue() : null, needed ? null : noMedicalReason.getValue());
                } catch (ValidationException e) {
                    // with the question unanswered, "say why no medical" would only confuse
                    if (missing == null) throw e;
                    Map<String, String> rest = new LinkedHashMap<>(e.fieldErrors());
                    rest.remove("noMedicalReason");
                    if (rest.isEmpty()) throw missing;
                    throw new ValidationException(rest);
                }
            }, missing);
        }

        @Override
        protected Map<String, ? extends HasValidation> fields() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("enquiry", enquiry);
            fields.put("noEnquiryReason", noEnquiryReason);
            fields.put("immediateSafetyAction", immediateSafetyAction);
            fields.put("rationale", rationale);
            fields.put("medicalNeeded", medicalNeeded);
            fields.put("medicalArrangedFor", medicalArrangedFor);
            fields.put("noMedicalReason", noMedicalReason);
            return fields;
        }
    }

    /** The MASH records the conference after a section 47 enquiry: its date, or why none is needed; the outcome. */
    static final class ConferenceDialog extends EditDialog<RecordConferenceCommand, StrategyDiscussion> {
        final Checkbox deemedUnnecessary = new Checkbox("No conference is needed (deemed unnecessary)");
        final TextArea unnecessaryReason = text("Why no conference is needed", 4_000);
        final DatePicker date = DateInputs.british(new DatePicker("Initial child protection conference"),
                "Enter the conference date as a real date, like 08/01/2027.");
        final RadioButtonGroup<String> plan = yesNo("Did it result in a child protection plan?", NOT_YET, YES, NO);

        ConferenceDialog(@Nullable Conference current, LocalDate due,
                         Function<RecordConferenceCommand, StrategyDiscussion> saver) {
            super("Conference after the section 47 enquiry", saver);
            summariseErrors();
            date.setHelperText("Due by " + org.lscp.workspace.app.ui.Formats.date(due)
                    + ", the 15th working day after the strategy discussion.");
            plan.setValue(NOT_YET);
            if (current != null) {
                deemedUnnecessary.setValue(current.deemedUnnecessary());
                unnecessaryReason.setValue(current.unnecessaryReason() == null ? "" : current.unnecessaryReason());
                date.setValue(current.date());
                plan.setValue(current.resultedInPlan() == null ? NOT_YET : current.resultedInPlan() ? YES : NO);
            }
            deemedUnnecessary.addValueChangeListener(e -> show());
            show();
            add(deemedUnnecessary, unnecessaryReason, date, plan);
        }

        private void show() {
            boolean none = deemedUnnecessary.getValue();
            unnecessaryReason.setVisible(none);
            date.setVisible(!none);
            plan.setVisible(!none);
        }

        @Override
        protected RecordConferenceCommand command() {
            boolean none = deemedUnnecessary.getValue();
            return checked(none ? Map.of() : Map.of("date", date), () -> new RecordConferenceCommand(none,
                    none ? unnecessaryReason.getValue() : null, none ? null : date.getValue(),
                    none || NOT_YET.equals(plan.getValue()) ? null : YES.equals(plan.getValue())), null);
        }

        @Override
        protected Map<String, ? extends HasValidation> fields() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("unnecessaryReason", unnecessaryReason);
            fields.put("date", date);
            fields.put("resultedInPlan", plan);
            return fields;
        }
    }
}
