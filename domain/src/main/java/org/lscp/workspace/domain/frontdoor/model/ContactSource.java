package org.lscp.workspace.domain.frontdoor.model;

import java.util.Arrays;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.AgencyKind;

/**
 * The CIN census contact-source codes Annex A uses (written like "q) 6: Police"), and the kind of partner agency
 * an imported contact is filed under.
 */
public enum ContactSource {
    S1A("1A", "Family member/relative/carer", AgencyKind.OTHER),
    S1B("1B", "Acquaintance", AgencyKind.OTHER),
    S1C("1C", "Self", AgencyKind.OTHER),
    S1D("1D", "Other individual", AgencyKind.OTHER),
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
    S5C("5C", "External LA services", AgencyKind.CHILDRENS_SOCIAL_CARE),
    S5D("5D", "Early help", AgencyKind.EARLY_HELP),
    S6("6", "Police", AgencyKind.POLICE),
    S7("7", "Other legal agency", AgencyKind.PROBATION),
    S8("8", "Other", AgencyKind.VOLUNTARY_SECTOR),
    S9("9", "Anonymous", AgencyKind.OTHER),
    S10("10", "Unknown", AgencyKind.OTHER);

    private final String code;
    private final String label;
    private final AgencyKind agencyKind;

    ContactSource(String code, String label, AgencyKind agencyKind) {
        this.code = code;
        this.label = label;
        this.agencyKind = agencyKind;
    }

    public String code() { return code; }

    public String label() { return label; }

    public AgencyKind agencyKind() { return agencyKind; }

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

    /** Reads "q) 6: Police", "6: Police", "6" or "3A". */
    public static Optional<ContactSource> parse(String text) {
        String s = AnnexA.stripLetter(text);
        int colon = s.indexOf(':');
        String code = (colon < 0 ? s : s.substring(0, colon)).strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
