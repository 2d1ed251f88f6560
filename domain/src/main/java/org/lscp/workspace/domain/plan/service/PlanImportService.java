package org.lscp.workspace.domain.plan.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.PlanImport;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.Table;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.ValidationException;

/** Reads a plan spreadsheet, checks every row against the same rules as the forms, and saves all or nothing. */
public final class PlanImportService implements ImportPlanUseCase {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private final TableReader reader;
    private final InspectionRepository inspections;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final MemberDirectory members;
    private final PlanRules rules;
    private final Audit auditor;

    public PlanImportService(TableReader reader, InspectionRepository inspections,
                             RecommendationRepository recommendations, ActionRepository actions,
                             MemberDirectory members, AgencyDirectory agencies, Audit auditor) {
        this.reader = reader;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.actions = actions;
        this.members = members;
        this.rules = new PlanRules(members, agencies, auditor);
        this.auditor = auditor;
    }

    /** A row that passed every check, ready to save. */
    private record Parsed(int line, SaveRecommendationCommand recommendation, SaveActionCommand action) {
    }

    @Override
    public PlanImport preview(Actor actor, InspectionId inspection, String fileName, byte[] content) {
        return read(actor, inspection, fileName, content, new ArrayList<>());
    }

    @Override
    public PlanImport commit(Actor actor, InspectionId inspection, String fileName, byte[] content) {
        List<Parsed> parsed = new ArrayList<>();
        PlanImport result = read(actor, inspection, fileName, content, parsed);
        if (!result.valid()) {
            throw ValidationException.of("file", result.invalidRows() + " row(s) have errors, so nothing was imported. "
                    + "Correct them and try again.");
        }
        LocalDate today = rules.today();
        Map<Integer, Recommendation> created = new LinkedHashMap<>();
        for (Parsed row : parsed) {
            Recommendation recommendation = created.computeIfAbsent(row.recommendation().number(), n -> {
                Recommendation saved = recommendations.save(Recommendation.create(actor.partnershipId(),
                        row.recommendation()));
                auditor.created(actor, saved);
                return saved;
            });
            ImprovementAction action = actions.save(ImprovementAction.create(actor.partnershipId(),
                    recommendation.requireId(), row.action(), today));
            auditor.created(actor, action);
        }
        return result;
    }

    private PlanImport read(Actor actor, InspectionId inspection, String fileName, byte[] content, List<Parsed> out) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        inspections.find(actor.partnershipId(), inspection)
                .orElseThrow(() -> new NotFoundException("Inspection not found."));
        Table table = reader.read(fileName, content);
        List<String> missing = COLUMNS.stream().filter(c -> !table.hasHeader(c)).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "The file is missing the column(s): " + String.join(", ", missing)
                    + ". The first row must name the columns " + String.join(", ", COLUMNS) + ".");
        }
        if (table.rows().isEmpty()) {
            throw ValidationException.of("file", "The file has no rows below its headings.");
        }
        LocalDate today = rules.today();
        Map<String, Optional<Member>> byEmail = new HashMap<>();
        Map<Integer, SaveRecommendationCommand> firstSeen = new HashMap<>();
        Map<Integer, Boolean> taken = new HashMap<>();
        List<PlanImport.Row> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            List<String> errors = new ArrayList<>();
            Set<String> unreadable = new java.util.HashSet<>(); // fields already explained by a specific message
            Integer number = note(integer(row.get("recommendation_number"), errors), "number", unreadable);
            Theme theme = note(theme(row.get("theme"), errors), "theme", unreadable);
            MemberId recLead = note(lead(actor, row.get("recommendation_lead_email"), "recommendation_lead_email",
                    byEmail, errors), "leadOfficer", unreadable);
            MemberId actionLead = lead(actor, row.get("action_lead_email"), "action_lead_email", byEmail, errors);
            LocalDate due = date(row.get("due_date"), today, errors);
            ActionStatus status = status(row.get("action_status"), errors);
            Set<String> actionUnreadable = new java.util.HashSet<>();
            note(actionLead, "leadOfficer", actionUnreadable);
            note(due, "dueDate", actionUnreadable);
            note(status, "status", actionUnreadable);
            SaveRecommendationCommand recommendation = attempt(errors, unreadable, () -> new SaveRecommendationCommand(
                    inspection, number == null ? 0 : number, row.get("recommendation_text"), theme, recLead, Set.of(),
                    List.of()));
            SaveActionCommand action = attempt(errors, actionUnreadable, () -> new SaveActionCommand(
                    row.get("action_description"), actionLead, Set.of(), due, status));
            if (recommendation != null && number != null) {
                SaveRecommendationCommand earlier = firstSeen.putIfAbsent(number, recommendation);
                if (earlier != null && !earlier.equals(recommendation)) {
                    errors.add("Recommendation " + number + " has different text, theme or lead officer on an earlier row.");
                }
                if (taken.computeIfAbsent(number, n -> recommendations.numberTaken(inspection, n, null))) {
                    errors.add(SaveRecommendationCommand.numberTaken(number));
                }
            }
            List<String> unique = errors.stream().distinct().toList();
            rows.add(new PlanImport.Row(row.line(), number == null ? 0 : number, row.get("recommendation_text"),
                    row.get("action_description"), unique));
            if (unique.isEmpty()) out.add(new Parsed(row.line(), recommendation, action));
        }
        return new PlanImport(rows, firstSeen.size(), rows.size());
    }

    /** Builds a command; its messages are added except for fields a specific message already explained. */
    private static <T> T attempt(List<String> errors, Set<String> explained, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            e.fieldErrors().forEach((field, message) -> {
                if (!explained.contains(field)) errors.add(message);
            });
            return null;
        }
    }

    private static <T> T note(T value, String field, Set<String> unreadable) {
        if (value == null) unreadable.add(field);
        return value;
    }

    private static Integer integer(String value, List<String> errors) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add("recommendation_number \u201c" + value + "\u201d is not a whole number.");
            return null;
        }
    }

    private static Theme theme(String value, List<String> errors) {
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(Theme.values())
                .filter(t -> t.name().equals(wanted) || t.label().equalsIgnoreCase(value.strip())).findFirst()
                .orElseGet(() -> {
                    errors.add("theme \u201c" + value + "\u201d is not one of: " + String.join(", ",
                            Arrays.stream(Theme.values()).map(Enum::name).toList()) + ".");
                    return null;
                });
    }

    private static ActionStatus status(String value, List<String> errors) {
        if (value.isBlank()) return ActionStatus.NOT_STARTED;
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (ActionStatus s : ActionStatus.values()) {
            if (s.name().equals(wanted)) {
                if (s == ActionStatus.COMPLETE) {
                    errors.add("An action cannot be imported as complete: add its evidence in the workspace.");
                    return null;
                }
                return s;
            }
        }
        errors.add("action_status \u201c" + value + "\u201d is not one of NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK.");
        return null;
    }

    private static LocalDate date(String value, LocalDate today, List<String> errors) {
        try {
            LocalDate day = value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, UK_DATE);
            if (day.isBefore(today)) {
                errors.add("due_date " + value + " is in the past: an action's due date cannot be before it is created.");
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add("due_date \u201c" + value + "\u201d is not a date in the form dd/mm/yyyy.");
            return null;
        }
    }

    private MemberId lead(Actor actor, String email, String column, Map<String, Optional<Member>> cache,
                          List<String> errors) {
        Optional<Member> member = cache.computeIfAbsent(email.toLowerCase(Locale.ROOT),
                        e -> members.findByEmail(actor.partnershipId(), e))
                .filter(m -> m.active() && m.roles().contains(Role.LEAD_OFFICER));
        if (member.isEmpty()) {
            errors.add(column + " \u201c" + email + "\u201d is not an active lead officer of your partnership.");
            return null;
        }
        return member.get().requireId();
    }
}
