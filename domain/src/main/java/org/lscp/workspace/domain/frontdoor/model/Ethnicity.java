package org.lscp.workspace.domain.frontdoor.model;

/** The 18+2 census ethnicity codes Annex A uses. */
public enum Ethnicity {
    WBRI("White British"), WIRI("White Irish"), WIRT("Traveller of Irish heritage"), WOTH("Any other White background"),
    WROM("Gypsy/Roma"), MWBC("White and Black Caribbean"), MWBA("White and Black African"), MWAS("White and Asian"),
    MOTH("Any other mixed background"), AIND("Indian"), APKN("Pakistani"), ABAN("Bangladeshi"),
    AOTH("Any other Asian background"), BCRB("Black Caribbean"), BAFR("Black African"),
    BOTH("Any other Black background"), CHNE("Chinese"), OOTH("Any other ethnic group"), REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) { this.label = label; }

    public String label() { return label; }
}
