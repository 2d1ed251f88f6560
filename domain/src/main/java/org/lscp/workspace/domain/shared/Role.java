package org.lscp.workspace.domain.shared;

/**
 * The six roles of DOMAIN.md, plus the two management capabilities the escalation stages need (line manager at
 * stage 2, senior manager / head of service at stage 3). A member may hold several.
 */
public enum Role {
    PRACTITIONER("Practitioner", "Staff of a partner agency: submits contacts, answers checks, raises escalations"),
    MASH_PRACTITIONER("MASH practitioner", "MASH screening staff: works across all contacts of the partnership"),
    MASH_MANAGER("MASH manager", "Records and revises threshold decisions, oversight, resolves flags"),
    LEAD_OFFICER("Lead officer", "Updates improvement actions and evidence for recommendations they lead"),
    BOARD_CHAIR("Board chair", "Sees assurance, measures and plans; records assurance judgements; no child data"),
    PARTNERSHIP_ADMIN("Partnership admin", "Manages agencies, members, roles, recommendations and settings"),
    LINE_MANAGER("Line manager", "Answers and resolves escalations for their agency at stage 2"),
    SENIOR_MANAGER("Senior manager", "Head of service: answers and resolves escalations for their agency at stage 3");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() { return label; }

    public String description() { return description; }
}
