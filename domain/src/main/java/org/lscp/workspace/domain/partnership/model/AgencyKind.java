package org.lscp.workspace.domain.partnership.model;

/** The kinds of partner agency named in DOMAIN.md. */
public enum AgencyKind {
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    EARLY_HELP("Early help"),
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    PROBATION("Probation"),
    HOUSING("Housing"),
    YOUTH_JUSTICE("Youth justice"),
    CAMHS("CAMHS"),
    SUBSTANCE_MISUSE("Substance misuse"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    OTHER("Other");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the agency keeps the case-system ids of children (children's social care's own numbers), and so gives
     * one with every contact it records; other agencies usually do not know it.
     */
    public boolean holdsCaseSystemIds() {
        return this == CHILDRENS_SOCIAL_CARE;
    }
}
