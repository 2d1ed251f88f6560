package org.lscp.workspace.app.ui.section11;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.lscp.workspace.domain.section11.model.AnswerCommand;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.app.ui.Uploads;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.section11.model.EvidenceDownload;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.DateInputs;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.Markup;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.section11.model.Answer;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.HeatMap;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.Review;
import org.lscp.workspace.domain.section11.model.Section11Permissions;
import org.lscp.workspace.domain.section11.model.StartCycleCommand;
import org.lscp.workspace.domain.section11.port.in.Section11UseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Section 11 self-assessments: the latest cycle's heat map of agencies by standards — a table whose cells say the
 * rating in words (colour is never the only cue) and whether the panel challenged it; the agency lead's own ratings
 * with evidence and their answers to challenges; the panel's accept or challenge; the admin starts a cycle.
 */
@Route(value = "section11", layout = MainLayout.class)
@PageTitle("Section 11 · Safeguarding Partnership Workspace")
@PermitAll
public class Section11View extends VerticalLayout {
    private final Section11UseCase section11;
    private final ManageAgenciesUseCase agencies;
    private final ManageMembersUseCase members;
    private final CurrentActor current;
    final ComboBox<Cycle> cycle = new ComboBox<>("Cycle");
    final Div content = new Div();
    final Button start = new Button("Start a cycle");
    HeatMap map;
    /** The lead's forms, one a standard (for tests). */
    final List<StandardForm> forms = new java.util.ArrayList<>();

    public Section11View(Section11UseCase section11, ManageAgenciesUseCase agencies, ManageMembersUseCase members,
                         CurrentActor current) {
        this.section11 = section11;
        this.agencies = agencies;
        this.members = members;
        this.current = current;
        addClassName("view");
        cycle.setItemLabelGenerator(c -> c.title() + " (due " + Formats.date(c.dueOn()) + ")");
        cycle.setWidth("min(100%, 32rem)");
        content.setWidthFull();
        cycle.addValueChangeListener(e -> show());
        start.setVisible(Section11Permissions.startsCycles(current.get()));
        start.addClickListener(e -> startDialog());
        add(new H1("Section 11 self-assessments"), new Paragraph("Each agency rates itself against the partnership's "
                + "standards (Children Act 2004 s11; schools under Education Act s175) with its evidence; the "
                + "challenge panel accepts or challenges each rating, and agreed actions join the improvement plan."),
                start, cycle, content);
        List<Cycle> cycles = section11.cycles(current.get());
        cycle.setItems(cycles);
        if (cycles.isEmpty()) {
            content.add(new Paragraph(Section11Permissions.startsCycles(current.get())
                    ? "No cycle yet: start one, naming each agency's lead." : "No Section 11 cycle for you yet."));
        } else {
            cycle.setValue(cycles.getFirst());
        }
    }

    void show() {
        content.removeAll();
        if (cycle.getValue() == null) return;
        Actor actor = current.get();
        map = section11.heatMap(actor, cycle.getValue().requireId());
        content.add(new Paragraph(map.answered() + " of " + map.asked() + " ratings in."));
        content.add(new Html(heatMap(map)));
        if (Section11Permissions.sitsOnThePanel(actor)) panel(actor);
        if (Section11Permissions.leads(actor, map.cycle())) own(actor);
    }

    /** The heat map as a table: agencies down, standards across; each cell the rating in words and the review. */
    public static String heatMap(HeatMap map) {
        StringBuilder t = new StringBuilder("<div class=\"heat-map\" tabindex=\"0\" role=\"region\" "
                + "aria-label=\"Section 11 heat map (scrolls sideways on a narrow screen)\"><table><caption>Ratings by agency and standard "
                + "(Met, Partly met, Not met; \u201cchallenged\u201d where the panel challenged it)</caption><thead>"
                + "<tr><th scope=\"col\">Agency</th>");
        map.cycle().standards().forEach(s -> t.append("<th scope=\"col\">").append(Markup.escape(s)).append("</th>"));
        t.append("</tr></thead><tbody>");
        for (HeatMap.Row row : map.rows()) {
            t.append("<tr><th scope=\"row\">").append(Markup.escape(row.agencyName())).append("</th>");
            for (Answer a : row.cells()) {
                if (a == null) {
                    t.append("<td class=\"heat-none\">Not rated</td>");
                } else {
                    t.append("<td class=\"heat-").append(a.rating().name().toLowerCase(java.util.Locale.ROOT))
                            .append("\">").append(a.rating().label()).append(a.carried() ? " (last cycle)" : "")
                            .append(a.review() == Review.CHALLENGED || a.review() == Review.RESPONDED
                                    ? ", challenged" : a.review() == Review.ACCEPTED ? ", accepted" : "")
                            .append("</td>");
                }
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table></div>").toString();
    }

    /** The panel's queue: each rating in, to accept or challenge. */
    private void panel(Actor actor) {
        content.add(new H2("Challenge panel"));
        boolean any = false;
        for (HeatMap.Row row : map.rows()) {
            for (Answer a : row.cells()) {
                if (a == null || a.carried() || a.review() == Review.ACCEPTED) continue;
                any = true;
                String standard = map.cycle().standards().get(a.standard());
                Paragraph line = new Paragraph(row.agencyName() + " \u2014 " + standard + ": " + a.rating().label()
                        + ". " + a.evidence() + (a.link().isBlank() ? "" : " (" + a.link() + ")")
                        + (a.review() == Review.CHALLENGED ? " Challenged: " + a.challenge()
                        : a.review() == Review.RESPONDED ? " Challenged: " + a.challenge() + " Response: "
                        + a.response() : ""));
                if (a.file() != null) line.add(new Span(" File: "), fileLink(row, a));
                Button review = new Button("Review", e -> reviewDialog(actor, row, a, standard));
                review.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                review.setAriaLabel("Review " + row.agencyName() + ", " + standard);
                content.add(new Div(line, review));
            }
        }
        if (!any) content.add(new Paragraph("Nothing waits for the panel."));
    }

    private void reviewDialog(Actor actor, HeatMap.Row row, Answer a, String standard) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.agencyName() + ": " + standard);
        TextArea reason = new TextArea("Reason for the challenge");
        Button accept = new Button("Accept the rating", e -> decide(dialog, reason, () -> section11.review(actor,
                map.cycle().requireId(), row.agency(), a.standard(), a.version(), true, ""), "Accepted."));
        Button challenge = new Button("Challenge it", e -> decide(dialog, reason, () -> section11.review(actor,
                map.cycle().requireId(), row.agency(), a.standard(), a.version(), false, reason.getValue()),
                "Challenged: the agency's lead is asked to respond."));
        challenge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(a.rating().label() + ": " + a.evidence()), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), accept, challenge);
        dialog.open();
    }

    /** The panel's decision: done and said, refused beside the reason, or the rating changed since (shown again). */
    private void decide(Dialog dialog, TextArea reason, Runnable review, String done) {
        try {
            review.run();
            dialog.close();
            Notification.show(done);
            show();
        } catch (ValidationException ex) {
            FieldErrors.show(ex, Map.of("reason", reason));
        } catch (ConcurrentChangeException ex) {
            dialog.close();
            Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            show();
        }
    }

    /** The agency lead's own ratings, one standard at a time, and answers to challenges. */
    private void own(Actor actor) {
        content.add(new H2("Your agency's self-assessment (" + actor.agencyName() + ")"));
        HeatMap.Row mine = map.rows().stream().filter(r -> r.agency().equals(actor.agencyId())).findFirst()
                .orElse(null);
        forms.clear();
        if (mine == null) return;
        for (int i = 0; i < map.cycle().standards().size(); i++) {
            StandardForm form = new StandardForm(actor, mine, i);
            forms.add(form);
            content.add(form);
        }
    }

    /** The lead's rating of one standard: the rating, the evidence as text, a link or a file, and any challenge. */
    final class StandardForm extends Div {
        final int standard;
        final ComboBox<Rating> rating;
        final TextArea evidence = new TextArea("Evidence");
        final TextField link = new TextField("Link to evidence");
        final Upload upload;
        final Span received = new Span();
        final FieldMessage fileMessage = new FieldMessage();
        final Checkbox removeFile = new Checkbox("Remove this file");
        final Button save;
        private final Actor actor;
        /** The version of the answer shown (-1: none yet), so a rating changed since is not overwritten unseen. */
        private final long version;
        private String fileName;
        private byte[] file;

        StandardForm(Actor actor, HeatMap.Row mine, int standard) {
            this.actor = actor;
            this.standard = standard;
            String name = map.cycle().standards().get(standard);
            Answer a = mine.cells().get(standard);
            version = a == null ? -1 : a.version();
            rating = new ComboBox<>(name);
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(Rating::label);
            if (a != null) {
                rating.setValue(a.rating());
                evidence.setValue(a.evidence());
                link.setValue(a.link());
            }
            upload = Uploads.single(EvidenceFileType.MAX_BYTES, "Or a file: PDF, Word, Excel, PNG or JPEG, up to 10 MB",
                    this::received, this::removed, ".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
            // ten uploads on the page: each button names its standard
            upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N().setAddFiles(
                    new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne("Add a file for " + name)
                            .setMany("Add a file for " + name)));
            received.addClassName("muted");
            save = new Button(a != null && a.carried() ? "Confirm or update" : "Save", e -> save());
            save.setAriaLabel("Save " + name);
            FormLayout fields = new FormLayout(rating, evidence, link);
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("40rem", 3));
            add(fields);
            if (a != null && a.file() != null) {
                add(new Paragraph(new Span("Evidence file: "), fileLink(mine, a), new Span(" "), removeFile));
            }
            add(upload, new Div(received), new Div(fileMessage), new Div(save));
            addClassName("section11-standard");
            if (a != null && a.review() == Review.CHALLENGED) {
                TextArea response = new TextArea("Your response to the challenge: " + a.challenge());
                Button respond = new Button("Respond", e -> {
                    try {
                        section11.respond(actor, map.cycle().requireId(), standard, response.getValue());
                        show();
                    } catch (ValidationException ex) {
                        FieldErrors.show(ex, Map.of("response", response));
                    }
                });
                add(response, respond);
            }
        }

        /** Called with the uploaded bytes (also by tests). */
        void received(String name, byte[] data) {
            fileName = name;
            file = data;
            received.setText(Uploads.received(name, data, EvidenceFileType.MAX_BYTES));
        }

        /** The member took the file off the upload before saving: nothing new is sent. */
        void removed() {
            fileName = null;
            file = null;
            received.setText("");
        }

        void save() {
            try {
                section11.answer(actor, map.cycle().requireId(), new AnswerCommand(standard, rating.getValue(),
                        evidence.getValue(), link.getValue(), fileName, file, removeFile.getValue(), version));
                Notification.show("Saved: " + map.cycle().standards().get(standard) + ".");
                show();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, Map.of("rating", rating, "evidence", evidence, "link", link,
                        "file", fileMessage));
            } catch (ConcurrentChangeException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
                show();
            }
        }
    }

    /** An answer's evidence file, fetched (and its reader checked) only when downloaded. */
    private Anchor fileLink(HeatMap.Row row, Answer a) {
        long cycleId = map.cycle().requireId();
        Anchor download = new Anchor(org.lscp.workspace.app.ui.Downloads.of(() -> {
            EvidenceDownload f = section11.evidenceFile(current.get(), cycleId, row.agency(), a.standard());
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.file().fileName(),
                    f.file().type().mediaType(), f.content().length);
        }), a.file().about().fileName());
        download.setDownload(true);
        return download;
    }

    private void startDialog() {
        Actor actor = current.get();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Start a Section 11 cycle");
        TextField title = new TextField("Title");
        DatePicker due = DateInputs.british(new DatePicker("Returns due"), "Enter the date as dd/mm/yyyy.");
        TextArea standards = new TextArea("Standards, one a line");
        List<Cycle> previous = section11.cycles(actor);
        standards.setValue(String.join("\n", previous.isEmpty() ? Cycle.STANDARDS : previous.getFirst().standards()));
        FormLayout form = new FormLayout(title, due, standards);
        form.setColspan(standards, 2);
        Map<AgencyId, ComboBox<Member>> leads = new HashMap<>();
        List<Member> active = members.list(actor, new MemberFilter(null, null, null, true),
                PageRequest.first(PageRequest.MAX_LIMIT));
        for (Agency agency : agencies.all(actor)) {
            ComboBox<Member> lead = new ComboBox<>("Lead: " + agency.name());
            lead.setItems(active.stream().filter(m -> m.agencyId().equals(agency.requireId())).toList());
            lead.setItemLabelGenerator(Member::name);
            lead.setClearButtonVisible(true);
            leads.put(agency.requireId(), lead);
            form.add(lead);
        }
        dialog.add(form);
        Button save = new Button("Start the cycle", e -> {
            Map<AgencyId, MemberId> chosen = new HashMap<>();
            leads.forEach((agency, box) -> {
                if (box.getValue() != null) chosen.put(agency, box.getValue().requireId());
            });
            try {
                Cycle started = section11.startCycle(actor, new StartCycleCommand(title.getValue(), due.getValue(),
                        List.of(standards.getValue().split("\n")), chosen));
                dialog.close();
                cycle.setItems(section11.cycles(actor));
                cycle.setValue(started);
            } catch (ValidationException ex) {
                FieldErrors.show(ex, Map.of("title", title, "dueOn", due, "standards", standards, "leads",
                        leads.values().stream().findFirst().orElse(new ComboBox<>())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }
}
