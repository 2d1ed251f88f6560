package org.lscp.workspace.domain.board.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.lscp.workspace.domain.frontdoor.model.AnnexA;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.London;

/**
 * Ofsted Annex A lists 1 (contacts), 3 (referrals: decisions at a child in need assessment or more) and 5 (section
 * 47 enquiries: strategy discussions) with Ofsted's headings and code sets, every column from the workspace's records.
 * A cell is empty only where the record has no value yet (a conference not yet held, a case not yet allocated) or the
 * child's id was not known to the agency that recorded the contact.
 */
public enum AnnexAList {
    LIST_1("List 1 Contacts", List.of("Date of Contact", "Contact Source")),
    LIST_3("List 3 Referrals", List.of("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker")),
    LIST_5("List 5 Section 47", List.of("Does the Child have a Disability",
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?",
            "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
            "Allocated Team", "Allocated Worker"));

    /** Every list starts with these. */
    public static final List<String> CHILD = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)");

    private final String sheet;
    private final List<String> own;

    AnnexAList(String sheet, List<String> own) {
        this.sheet = sheet;
        this.own = own;
    }

    public String sheet() { return sheet; }

    public List<String> headers() {
        List<String> all = new ArrayList<>(CHILD);
        all.addAll(own);
        return all;
    }

    /** Whether the contact belongs on this list. */
    public boolean includes(AnnexARow row) {
        return switch (this) {
            case LIST_1 -> true;
            case LIST_3 -> row.referredAt() != null;
            case LIST_5 -> row.strategyDecidedAt() != null || row.protection().discussionHeldOn() != null;
        };
    }

    public List<String> cells(AnnexARow row) {
        LocalDate contacted = LocalDate.ofInstant(row.receivedAt(), London.ZONE);
        List<String> cells = new ArrayList<>(List.of(childId(row), row.gender().annexA(), ethnicity(row.ethnicity()),
                row.dateOfBirth() == null ? "" : AnnexA.date(row.dateOfBirth()), age(row.dateOfBirth(), contacted)));
        String source = source(row);
        switch (this) {
            case LIST_1 -> cells.addAll(List.of(AnnexA.date(contacted), source));
            case LIST_3 -> cells.addAll(List.of(AnnexA.date(LocalDate.ofInstant(row.referredAt(), London.ZONE)),
                    source, yesNo(row.level() == ThresholdLevel.NO_FURTHER_ACTION),
                    String.valueOf(row.referralsIn12Months()), team(row), worker(row)));
            case LIST_5 -> {
                AnnexARow.Protection p = row.protection();
                LocalDate started = p.discussionHeldOn() != null ? p.discussionHeldOn()
                        : row.strategyDiscussion() != null ? row.strategyDiscussion()
                        : LocalDate.ofInstant(java.util.Objects.requireNonNull(row.strategyDecidedAt()), London.ZONE);
                cells.addAll(List.of(p.disability().annexA(), AnnexA.date(started),
                        p.conferenceUnnecessary() == null ? "" : yesNo(p.conferenceUnnecessary()),
                        p.conferenceDate() == null ? "" : AnnexA.date(p.conferenceDate()),
                        p.resultedInPlan() == null ? "" : yesNo(p.resultedInPlan()),
                        String.valueOf(row.s47In12Months()), String.valueOf(p.conferencesIn12Months()), team(row),
                        worker(row)));
            }
        }
        return cells;
    }

    /** Annex A's yes and no. */
    static String yesNo(boolean yes) {
        return yes ? "a) Yes" : "b) No";
    }

    /** The allocated team, once the case is allocated. */
    private static String team(AnnexARow row) {
        return row.protection().allocation() == null ? "" : row.protection().allocation().team();
    }

    /** The allocated worker, once the case is allocated. */
    private static String worker(AnnexARow row) {
        return row.protection().allocation() == null ? "" : row.protection().allocation().worker();
    }

    /**
     * The child's case-system id; empty when the contact was recorded without it, like the other cells the workspace
     * cannot know, for the council's case system to fill (never a made-up id or "not known", which would count as a
     * child).
     */
    static String childId(AnnexARow row) {
        return row.childId() == null ? "" : row.childId();
    }

    /** "a) WBRI" … "r) OOTH", then "s) REFU" and "s) NOBT". */
    static String ethnicity(Ethnicity e) {
        int i = Math.min(e.ordinal(), 18);
        return (char) ('a' + i) + ") " + e.name();
    }

    static String age(LocalDate born, LocalDate on) {
        return born == null ? "" : String.valueOf(Math.max(0, Period.between(born, on).getYears()));
    }

    /** The contact's stored source as the files write it ("q) 6: Police"). */
    static String source(AnnexARow row) {
        return row.source().annexA();
    }
}
