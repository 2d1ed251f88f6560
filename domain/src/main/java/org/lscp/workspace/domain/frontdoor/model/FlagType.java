package org.lscp.workspace.domain.frontdoor.model;

/**
 * Flags are computed by {@link FlagRules}, never typed in. The first two are {@link #serious()}: a child who disclosed
 * abuse not taken to a strategy discussion, or not considered for a medical; the flags queue puts them first.
 */
public enum FlagType {
    DISCLOSURE_NOT_PROGRESSED("Disclosure not progressed",
            "Physical or sexual abuse was disclosed but the decision is below a strategy discussion."),
    MEDICAL_NOT_CONSIDERED("Medical not considered",
            "Physical or sexual abuse at s47 with no child protection medical considered."),
    DECISION_OVERDUE("Decision overdue", "No decision by the RAG deadline."),
    NO_OVERSIGHT("No management oversight", "No management oversight within one working day of the decision."),
    REPEAT_CONTACT("Repeat contact", "The third (or later) contact about this child in 12 months."),
    STRATEGY_DISCUSSION_LATE("Strategy discussion late",
            "No strategy discussion held within the partnership's timescale of the decision that called for one."),
    AGENCY_NOT_PRESENT("Police or health not present",
            "The police or health have not recorded taking part in the strategy discussion."),
    ICPC_LATE("Conference late",
            "A section 47 enquiry with no initial child protection conference within 15 working days of the strategy "
                    + "discussion, and none deemed unnecessary.");

    private final String label;
    private final String meaning;

    FlagType(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() { return label; }

    public String meaning() { return meaning; }

    /** Whether the board's figures count contacts by this flag: repeat contacts, and oversight in time. */
    public boolean countedByTheBoard() {
        return this == REPEAT_CONTACT || this == NO_OVERSIGHT;
    }

    public boolean serious() {
        return this == DISCLOSURE_NOT_PROGRESSED || this == MEDICAL_NOT_CONSIDERED;
    }
}
