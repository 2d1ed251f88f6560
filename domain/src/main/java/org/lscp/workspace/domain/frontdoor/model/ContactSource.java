package org.lscp.workspace.domain.frontdoor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.AgencyKind;

/**
 * Where a contact came from, as the CIN census contact-source codes Annex A uses (written like "q) 6: Police").
 * Every contact has one. Most sources are people or bodies outside the partnership (family, acquaintances, the
 * child, another local authority, anonymous, unknown): those have no kind of partner agency, and a contact from them
 * has no source agency. The others name the kind of partner agency an imported contact is filed under, when the
 * partnership has one.
 */
public enum ContactSource {
    S1A("1A", "Family member/relative/carer", null),
    S1B("1B", "Acquaintance", null),
    S1C("1C", "Self", null),
    S1D("1D", "Other individual", null),
    S2A("2A", "Schools", AgencyKind.EDUCATION),
    S2B("2B", "Education services", AgencyKind.EDUCATION),
    S3A("3A", "GP", AgencyKind.HEALTH),
    S3B("3B", "Health visitor", AgencyKind.HEALTH),
    S3C("3C", "School nurse", AgencyKind.HEALTH),
    S3D("3D", "Other primary health services", AgencyKind.HEALTH),
    S3E("3E", "A&E", AgencyKind.HEALTH),
    S3F("3F", "Other health services", AgencyKind.HEALTH),
    S4("4", "Housing", AgencyKind.HOUSING),
    S5A("5A", "LA services - social care", AgencyKind.CHILDRENS_SOCIAL_CARE),
    S5B("5B", "Other internal LA services", AgencyKind.CHILDRENS_SOCIAL_CARE),
    S5C("5C", "External LA services", null),
    S5D("5D", "Early help", AgencyKind.EARLY_HELP),
    S6("6", "Police", AgencyKind.POLICE),
    S7("7", "Other legal agency", AgencyKind.PROBATION),
    S8("8", "Other", AgencyKind.VOLUNTARY_SECTOR),
    S9("9", "Anonymous", null),
    S10("10", "Unknown", null);

    /** The letters as the files are written (DOMAIN.md's example: "q) 6: Police"); 5D, added later, comes last. */
    private static final List<String> LETTER_ORDER = List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C",
            "3D", "3E", "3F", "4", "5A", "5B", "5C", "6", "7", "8", "9", "10", "5D");
    /** The code at the start of a cell, before a ":" or "-" and the label ("6: Police", "1B Acquaintance", "10"). */
    private static final Pattern CODE = Pattern.compile("^([0-9]{1,2}[A-Z]?)(?:$|[\\s:.\\-\u2013])");

    private final String code;
    private final String label;
    private final @Nullable AgencyKind agencyKind;

    ContactSource(String code, String label, @Nullable AgencyKind agencyKind) {
        this.code = code;
        this.label = label;
        this.agencyKind = agencyKind;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** The kind of partner agency this source is; null for a source outside the partnership's agencies. */
    public @Nullable AgencyKind agencyKind() { return agencyKind; }

    /** "1B Acquaintance": how a source without an agency is named on screen and in the board's figures. */
    public String display() {
        return code + " " + label;
    }

    /** As Annex A files write it, lettered in the files' order: "b) 1B: Acquaintance", "q) 6: Police". */
    public String annexA() {
        return (char) ('a' + LETTER_ORDER.indexOf(code)) + ") " + code + ": " + label;
    }

    /** The code a live contact from an agency of this kind is reported under. */
    public static ContactSource forAgency(AgencyKind kind) {
        return switch (kind) {
            case CHILDRENS_SOCIAL_CARE -> S5A;
            case EARLY_HELP -> S5D;
            case POLICE -> S6;
            case HEALTH, CAMHS, SUBSTANCE_MISUSE -> S3F;
            case EDUCATION -> S2A;
            case PROBATION, YOUTH_JUSTICE -> S7;
            case HOUSING -> S4;
            case VOLUNTARY_SECTOR -> S8;
            case OTHER -> S10;
        };
    }

    /** The source with exactly this code ("1B"), as stored. */
    public static Optional<ContactSource> ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** Reads "q) 6: Police", "6: Police", "6", "3A", "j) 1B: Acquaintance", "1B - Acquaintance", "1B Acquaintance". */
    public static Optional<ContactSource> parse(@Nullable String text) {
        String s = AnnexA.stripLetter(text).toUpperCase(Locale.ROOT);
        Matcher m = CODE.matcher(s);
        return m.find() ? ofCode(m.group(1)) : Optional.empty();
    }
}
