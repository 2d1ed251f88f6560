package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Column;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Which;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Conference;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.port.in.ImportEnquiriesUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Grid;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * Reads an Annex A List 5 file back onto the contacts imported from List 1 (see {@link ImportEnquiriesUseCase}). Each
 * row goes onto the child's latest imported contact on or before its start date, as a strategy discussion held that
 * day with the conference the row records; the child's disability and the case's allocation go onto the contact.
 * The list records no threshold decision, agencies or outcome, and none is made up. A contact that already has a
 * strategy discussion is skipped, so the same file again adds nothing.
 */
public final class EnquiryImportService implements ImportEnquiriesUseCase {
    static final String NO_CONTACT = "No contact about this child imported on or before the start date: import List 1 "
            + "first.";
    private final TableReader reader;
    private final ContactRepository contacts;
    private final StrategyDiscussionRepository discussions;
    private final Audit auditor;

    public EnquiryImportService(TableReader reader, ContactRepository contacts,
                                StrategyDiscussionRepository discussions, Audit auditor) {
        this.reader = reader;
        this.contacts = contacts;
        this.discussions = discussions;
        this.auditor = auditor;
    }

    /** A row read: what goes onto which contact (null when it has errors or is skipped). */
    private record Enquiry(Contact contact, Disability disability, @Nullable Allocation allocation, LocalDate started,
                           @Nullable Conference conference) {
    }

    private record Read(ContactImport result, List<Enquiry> toAdd) {
    }

    @Override
    public ContactImport preview(Actor actor, String fileName, byte[] content) {
        return read(actor, fileName, content).result();
    }

    @Override
    public ContactImport commit(Actor actor, String fileName, byte[] content) {
        Read read = read(actor, fileName, content);
        ContactImport result = read.result();
        result.requireValid();
        Instant now = auditor.now();
        for (Enquiry e : read.toAdd()) {
            Contact contact = e.contact().withDisability(e.disability());
            contacts.save(e.allocation() == null ? contact : contact.allocatedTo(e.allocation()));
            Instant noon = e.started().atTime(LocalTime.NOON).atZone(London.ZONE).toInstant();
            Instant held = noon.isAfter(now) ? now : noon.isBefore(contact.receivedAt()) ? contact.receivedAt() : noon;
            StrategyDiscussion d = discussions.insert(StrategyDiscussion.convened(actor.partnershipId(),
                    contact.requireId(), null, held, actor.memberId(), actor.name(), List.of()));
            if (e.conference() != null) discussions.save(d.withConference(e.conference()));
        }
        if (!read.toAdd().isEmpty()) {
            auditor.created(actor, new AuditedView("Section 47 import", fileName, Snapshot.of().with("file", fileName)
                    .with("enquiries", read.toAdd().size()).with("skipped", result.skippedRows())));
        }
        return result;
    }

    private Read read(Actor actor, String fileName, byte[] content) {
        AnnexATables.Table table = AnnexATables.read(reader, actor, fileName, content, Which.LIST_5,
                "section 47 enquiries");
        LocalDate today = LocalDate.ofInstant(auditor.now(), London.ZONE);
        List<ContactImport.Row> rows = new ArrayList<>();
        List<Enquiry> toAdd = new ArrayList<>();
        Map<ContactId, Integer> firstInFile = new HashMap<>();
        for (Grid.Line line : table.lines()) {
            var h = table.headings();
            List<String> errors = new ArrayList<>(2);
            String childId = java.util.Objects.requireNonNullElse(Text.line(h.cell(line, Column.CHILD_ID)), "");
            if (childId.isEmpty()) errors.add("Child Unique ID is empty: List 5 names each child by their case-system "
                    + "id.");
            String startText = h.cell(line, Column.DISCUSSION_START);
            Optional<LocalDate> started = AnnexA.day(startText);
            if (started.isEmpty()) errors.add(AnnexATables.notADate("The start date", startText));
            else if (started.get().isAfter(today)) errors.add("The start date is in the future.");
            String disabilityText = h.cell(line, Column.DISABILITY);
            Optional<Disability> disability = AnnexA.disability(disabilityText);
            if (disability.isEmpty()) errors.add("Disability \u201c" + disabilityText + "\u201d is not a) Yes, b) No "
                    + "or c) Not known.");
            Conference conference = conference(h.cell(line, Column.CONFERENCE_UNNECESSARY),
                    h.cell(line, Column.CONFERENCE_DATE), h.cell(line, Column.CONFERENCE_PLAN), started.orElse(null),
                    fileName, errors);
            Allocation allocation = allocation(h.cell(line, Column.ALLOCATED_TEAM),
                    h.cell(line, Column.ALLOCATED_WORKER), errors);
            Contact contact = null;
            String skipped = null;
            if (!childId.isEmpty() && started.isPresent()) {
                contact = contacts.forChild(actor.partnershipId(), childId).stream()
                        .filter(c -> c.channel() == Channel.IMPORTED
                                && !LocalDate.ofInstant(c.receivedAt(), London.ZONE).isAfter(started.get()))
                        .max(Comparator.comparing(Contact::receivedAt)).orElse(null);
                if (contact == null) errors.add(NO_CONTACT);
            }
            if (errors.isEmpty() && contact != null) {
                Integer earlier = firstInFile.putIfAbsent(contact.requireId(), line.number());
                if (discussions.latestFor(actor.partnershipId(), contact.requireId()).isPresent()) {
                    skipped = "Already has a strategy discussion, skipped: contact " + contact.reference() + ".";
                } else if (earlier != null) {
                    skipped = "Already in this file on row " + earlier + " (the same contact), skipped.";
                } else {
                    toAdd.add(new Enquiry(contact, disability.orElseThrow(), allocation, started.orElseThrow(),
                            conference));
                }
            }
            rows.add(new ContactImport.Row(line.number(), childId, started.map(AnnexA::date).orElse(startText),
                    contact == null ? "" : contact.reference(), errors, skipped));
        }
        return new Read(new ContactImport(Which.LIST_5, table.sheet(), table.headings().line(), rows), toAdd);
    }

    /** The conference the row records: deemed unnecessary, or dated with its plan outcome; null while none is set. */
    private static @Nullable Conference conference(String unnecessaryText, String dateText, String planText,
                                                   @Nullable LocalDate started, String fileName, List<String> errors) {
        Optional<Boolean> unnecessary = unnecessaryText.isEmpty() ? Optional.empty() : AnnexA.yesNo(unnecessaryText);
        if (!unnecessaryText.isEmpty() && unnecessary.isEmpty()) {
            errors.add("ICPC deemed unnecessary \u201c" + unnecessaryText + "\u201d is not a) Yes or b) No.");
            return null;
        }
        Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : AnnexA.day(dateText);
        if (!dateText.isEmpty() && date.isEmpty()) {
            errors.add(AnnexATables.notADate("The ICPC date", dateText));
            return null;
        }
        Optional<Boolean> plan = planText.isEmpty() ? Optional.empty() : AnnexA.yesNo(planText);
        if (!planText.isEmpty() && plan.isEmpty()) {
            errors.add("Child protection plan \u201c" + planText + "\u201d is not a) Yes or b) No.");
            return null;
        }
        if (unnecessary.orElse(false)) {
            if (date.isPresent() || plan.isPresent()) {
                errors.add("An ICPC deemed unnecessary has no date or plan.");
                return null;
            }
            return new Conference(true, "Deemed unnecessary, as read from Annex A List 5 (" + fileName + ").", null,
                    null);
        }
        if (date.isEmpty()) {
            if (unnecessary.isPresent() || plan.isPresent()) {
                errors.add("Give the ICPC's date, or leave the conference columns empty while none is set.");
            }
            return null;
        }
        if (started != null && date.get().isBefore(started)) {
            errors.add("The ICPC date is before the strategy discussion.");
            return null;
        }
        return new Conference(false, null, date.get(), plan.orElse(null));
    }

    /** Both the team and the worker, or neither while the case is not allocated. */
    private static @Nullable Allocation allocation(String team, String worker, List<String> errors) {
        if (team.isEmpty() && worker.isEmpty()) return null;
        try {
            return new Allocation(team, worker);
        } catch (ValidationException e) {
            errors.add("Allocated Team and Allocated Worker go together: give both (up to " + Allocation.NAME_MAX
                    + " characters each), or neither while the case is not allocated.");
            return null;
        }
    }
}
