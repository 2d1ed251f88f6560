package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lscp.workspace.domain.audit.model.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditedView;
import org.lscp.workspace.domain.audit.model.Snapshot;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.Table;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.ValidationException;

public final class ContactImportService implements ImportContactsUseCase {
    static final String NOT_IN_ANNEX_A = "(not in Annex A)";
    private final TableReader reader;
    private final ContactRepository contacts;
    private final AgencyRepository agencies;
    private final Auditor auditor;

    public ContactImportService(TableReader reader, ContactRepository contacts, AgencyRepository agencies,
                                Auditor auditor) {
        this.reader = reader;
        this.contacts = contacts;
        this.agencies = agencies;
        this.auditor = auditor;
    }

    @Override
    public ContactImport preview(Actor actor, String fileName, byte[] content) {
        return read(actor, fileName, content, new ArrayList<>());
    }

    @Override
    public ContactImport commit(Actor actor, String fileName, byte[] content) {
        List<Contact> valid = new ArrayList<>();
        ContactImport result = read(actor, fileName, content, valid);
        if (!result.valid()) {
            throw ValidationException.of("file", result.invalidRows() + " row(s) have errors, so nothing was imported. "
                    + "Correct them and try again.");
        }
        contacts.insertAll(valid);
        auditor.created(actor, new AuditedView("Contact import", fileName, Snapshot.of().with("file", fileName)
                .with("contacts", valid.size())));
        return result;
    }

    private ContactImport read(Actor actor, String fileName, byte[] content, List<Contact> out) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        Table table = reader.read(fileName, content);
        List<String> missing = AnnexA.LIST_1.stream().filter(h -> !h.startsWith("Age") && !table.hasHeader(h)).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "The file is missing the Annex A List 1 column(s): "
                    + String.join(", ", missing) + ".");
        }
        if (table.rows().isEmpty()) throw ValidationException.of("file", "The file has no rows below its headings.");
        Map<AgencyKind, AgencyId> byKind = new EnumMap<>(AgencyKind.class);
        for (Agency a : agencies.find(actor.partnershipId(), AgencyFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT))) {
            byKind.putIfAbsent(a.kind(), a.requireId());
        }
        Instant now = auditor.now();
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        List<ContactImport.Row> rows = new ArrayList<>(table.rows().size());
        for (Table.Row row : table.rows()) {
            List<String> errors = new ArrayList<>(2);
            String childId = row.get("Child Unique ID");
            if (childId.isEmpty() || childId.length() > 40) errors.add("Child Unique ID must be 1 to 40 characters.");
            Optional<Gender> gender = AnnexA.gender(row.get("Gender"));
            if (gender.isEmpty()) errors.add("Gender \u201c" + row.get("Gender") + "\u201d is not a) Male, b) Female, "
                    + "c) Not stated/recorded or d) Neither.");
            Optional<Ethnicity> ethnicity = AnnexA.ethnicity(row.get("Ethnicity"));
            if (ethnicity.isEmpty()) errors.add("Ethnicity \u201c" + row.get("Ethnicity") + "\u201d is not a census code.");
            Optional<LocalDate> born = row.get("Date of Birth").isEmpty() ? Optional.empty()
                    : AnnexA.date(row.get("Date of Birth"));
            if (!row.get("Date of Birth").isEmpty() && born.isEmpty()) errors.add("Date of Birth is not dd/mm/yyyy.");
            if (born.isPresent() && born.get().isAfter(today)) errors.add("Date of Birth is in the future.");
            Optional<LocalDate> contacted = AnnexA.date(row.get("Date of Contact"));
            if (contacted.isEmpty()) errors.add("Date of Contact \u201c" + row.get("Date of Contact")
                    + "\u201d is not dd/mm/yyyy.");
            else if (contacted.get().isAfter(today)) errors.add("Date of Contact is in the future.");
            Optional<ContactSource> source = ContactSource.parse(row.get("Contact Source"));
            AgencyId agency = source.map(s -> byKind.get(s.agencyKind())).orElse(null);
            if (source.isEmpty()) errors.add("Contact Source \u201c" + row.get("Contact Source")
                    + "\u201d is not a CIN census source code such as q) 6: Police.");
            else if (agency == null) errors.add("Your partnership has no agency of kind "
                    + source.get().agencyKind().label() + " to file source " + source.get().code() + " under.");
            rows.add(new ContactImport.Row(row.line(), childId, row.get("Date of Contact"), row.get("Contact Source"),
                    errors));
            if (errors.isEmpty()) {
                Instant noon = contacted.get().atTime(LocalTime.NOON).atZone(London.ZONE).toInstant();
                Instant received = noon.isAfter(now) ? now : noon; // Annex A has the day only; never the future
                out.add(new Contact(null, actor.partnershipId(), "", received, agency, source.get().label(),
                        Channel.IMPORTED, new Child(childId, NOT_IN_ANNEX_A, born.orElse(null), gender.get(),
                        ethnicity.get()), Set.of(ConcernCategory.OTHER), false, "Imported from Annex A List 1 ("
                        + fileName + ").", ConsentBasis.NOT_REQUIRED, Rag.GREEN, received, actor.memberId(), null,
                        null, true, Set.of(), 0));
            }
        }
        return new ContactImport(rows);
    }
}
