package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.frontdoor.model.ContactDates;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.frontdoor.model.ContactKey;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Column;
import org.lscp.workspace.domain.frontdoor.model.AnnexALayout.Which;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Grid;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.shared.Text;

/**
 * Imports past contacts from an Annex A List 1 file as councils send it (see {@link AnnexALayout}). Each row's
 * source is its Annex A code; its source agency is the partnership's agency of the code's kind where the code names
 * a kind of partner agency and the partnership has one, and none otherwise (never invented). A row the partnership
 * already has (same child, day of contact and source), or one the file repeats, is skipped and says so.
 */
public final class ContactImportService implements ImportContactsUseCase {
    static final String NOT_IN_ANNEX_A = "(not in Annex A)";
    private final TableReader reader;
    private final ContactRepository contacts;
    private final AgencyDirectory agencies;
    private final Audit auditor;
    private final FrontDoorSettings settings;

    public ContactImportService(TableReader reader, ContactRepository contacts, AgencyDirectory agencies,
                                FrontDoorSettings settings, Audit auditor) {
        this.settings = settings;
        this.reader = reader;
        this.contacts = contacts;
        this.agencies = agencies;
        this.auditor = auditor;
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
        if (read.toAdd().isEmpty()) return result; // every row is already there: nothing changes
        contacts.insertAll(read.toAdd());
        auditor.created(actor, new AuditedView("Contact import", fileName, Snapshot.of().with("file", fileName)
                .with("contacts", read.toAdd().size()).with("skipped as already there", result.skippedRows())));
        return result;
    }

    private record Read(ContactImport result, List<Contact> toAdd) {
    }

    /** A row as parsed: its cells, errors, and the contact it would add (null when it has errors). */
    private record Parsed(int line, String childId, String contactDate, String source, List<String> errors,
                          @Nullable Contact contact) {
    }



    private Read read(Actor actor, String fileName, byte[] content) {
        AnnexATables.Table table = AnnexATables.read(reader, actor, fileName, content, Which.LIST_1, "contacts");
        String sheet = table.sheet();
        AnnexALayout.Headings headings = table.headings();
        List<Grid.Line> lines = table.lines();

        Map<AgencyKind, AgencyId> byKind = new EnumMap<>(AgencyKind.class);
        for (Agency a : agencies.all(actor.partnershipId())) {
            byKind.putIfAbsent(a.kind(), a.requireId());
        }
        Instant now = auditor.now();
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        List<Parsed> parsed = new ArrayList<>(lines.size());
        DecisionTimescales held = settings.timescales(actor.partnershipId());
        for (Grid.Line line : lines) parsed.add(parse(actor, fileName, line, headings, byKind, now, today, held));

        Set<ContactKey> keys = new LinkedHashSet<>();
        for (Parsed p : parsed) if (p.contact() != null) keys.add(ContactKey.of(p.contact()));
        Map<ContactKey, ContactKey.Recorded> recorded = keys.isEmpty() ? Map.of()
                : contacts.recorded(actor.partnershipId(), keys);
        Map<ContactKey, Integer> firstInFile = new HashMap<>();
        List<ContactImport.Row> rows = new ArrayList<>(parsed.size());
        List<Contact> toAdd = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            String skipped = null;
            if (p.contact() != null) {
                ContactKey key = ContactKey.of(p.contact());
                ContactKey.Recorded there = recorded.get(key);
                // the child's id compared ignoring case, as the database compares it
                Integer earlier = firstInFile.putIfAbsent(new ContactKey(key.childId().toLowerCase(Locale.ROOT),
                        key.day(), key.source()), p.line());
                if (there != null) {
                    skipped = (there.imported() ? "Already imported, skipped: contact " : "Already recorded, skipped: "
                            + "contact ") + there.reference() + " has the same child, date of contact and source.";
                } else if (earlier != null) {
                    skipped = "Already in this file on row " + earlier + " (same child, date of contact and source), "
                            + "skipped.";
                } else {
                    toAdd.add(p.contact());
                }
            }
            rows.add(new ContactImport.Row(p.line(), p.childId(), p.contactDate(), p.source(), p.errors(), skipped));
        }
        return new Read(new ContactImport(Which.LIST_1, sheet, headings.line(), rows), toAdd);
    }



    private static Parsed parse(Actor actor, String fileName, Grid.Line line, AnnexALayout.Headings headings,
                                Map<AgencyKind, AgencyId> byKind, Instant now, LocalDate today,
                                DecisionTimescales held) {
        List<String> errors = new ArrayList<>(2);
        String childId = java.util.Objects.requireNonNullElse(Text.line(headings.cell(line, Column.CHILD_ID)), "");
        if (childId.isEmpty()) {
            // our own export leaves it empty for a child the MASH has not matched yet: match them, then export again
            errors.add("Child Unique ID is empty: List 1 names each child by their case-system id.");
        } else if (childId.length() > Child.CASE_SYSTEM_ID_MAX) {
            errors.add("Child Unique ID must be 1 to " + Child.CASE_SYSTEM_ID_MAX + " characters.");
        } else if (Child.isPlaceholder(childId)) {
            errors.add("Child Unique ID \u201c" + childId + "\u201d is not an id.");
        }
        String genderText = headings.cell(line, Column.GENDER);
        Optional<Gender> gender = AnnexA.gender(genderText);
        if (gender.isEmpty()) errors.add("Gender \u201c" + genderText + "\u201d is not a) Male, b) Female, "
                + "c) Not stated/recorded or d) Neither.");
        String ethnicityText = headings.cell(line, Column.ETHNICITY);
        Optional<Ethnicity> ethnicity = AnnexA.ethnicity(ethnicityText);
        if (ethnicity.isEmpty()) errors.add("Ethnicity \u201c" + ethnicityText + "\u201d is not a census code.");
        String bornText = headings.cell(line, Column.DATE_OF_BIRTH);
        Optional<LocalDate> born = bornText.isEmpty() ? Optional.empty() : AnnexA.day(bornText);
        if (!bornText.isEmpty() && born.isEmpty()) errors.add(AnnexATables.notADate("Date of Birth", bornText));
        if (born.isPresent() && born.get().isAfter(today)) errors.add("Date of Birth is in the future.");
        String contactedText = headings.cell(line, Column.DATE_OF_CONTACT);
        Optional<LocalDate> contacted = AnnexA.day(contactedText);
        LocalDate earliest = held.earliestReceived(today);
        if (contacted.isEmpty()) errors.add(AnnexATables.notADate("Date of Contact", contactedText));
        else if (contacted.get().isAfter(today)) errors.add("Date of Contact is in the future.");
        else if (contacted.get().isBefore(earliest)) errors.add("Date of Contact " + AnnexA.date(contacted.get())
                + " is before " + AnnexA.date(earliest) + ": the workspace holds the last "
                + held.historyYears() + " years of contacts (the partnership's setting).");
        if (born.isPresent() && contacted.isPresent() && !born.get().isAfter(today)) {
            if (born.get().isAfter(contacted.get())) errors.add("Date of Birth is after the Date of Contact.");
            else if (ContactDates.bornTooLongBefore(born.get(), contacted.get())) errors.add("Date of Birth makes "
                    + "the young person older than " + ContactDates.OLDEST_AGE + " at the Date of Contact.");
        }
        String sourceText = headings.cell(line, Column.CONTACT_SOURCE);
        Optional<ContactSource> source = ContactSource.parse(sourceText);
        if (source.isEmpty()) errors.add("Contact Source \u201c" + sourceText + "\u201d is not a CIN census source "
                + "code such as q) 6: Police or b) 1B: Acquaintance (the codes are 1A to 1D, 2A, 2B, 3A to 3F, 4, "
                + "5A to 5D, 6, 7, 8, 9 and 10).");
        String shownDate = contacted.map(AnnexA::date).orElse(contactedText);
        if (!errors.isEmpty()) return new Parsed(line.number(), childId, shownDate, sourceText, errors, null);

        ContactSource code = source.get();
        AgencyId agency = code.agencyKind() == null ? null : byKind.get(code.agencyKind());
        Instant noon = contacted.get().atTime(LocalTime.NOON).atZone(London.ZONE).toInstant();
        Instant received = noon.isAfter(now) ? now : noon; // Annex A has the day only; never the future
        Contact contact = Contact.received(actor.partnershipId(),
                new Receipt(received, agency, code, code.label(), Channel.IMPORTED, actor.memberId()),
                new Child(childId, NOT_IN_ANNEX_A, born.orElse(null), gender.get(), ethnicity.get(), Disability.NOT_KNOWN),
                new Concern(Set.of(ConcernCategory.OTHER), false, "Imported from Annex A List 1 (" + fileName + ").",
                        ConsentBasis.NOT_REQUIRED, Rag.GREEN), received, Set.of()).markedDecided();
        return new Parsed(line.number(), childId, shownDate, sourceText, errors, contact);
    }

}
