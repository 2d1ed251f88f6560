package org.lscp.workspace.domain.escalation.model;

import java.util.Optional;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;

/**
 * The four stages of the partnership's escalation policy (Working Together, "resolving professional
 * disagreements"). Who may act for an agency at each stage is a domain rule: see {@link #mayAct(Actor)}.
 */
public enum EscalationStage {
    PRACTITIONERS(1, "Practitioners", "a practitioner of the agency"),
    LINE_MANAGERS(2, "Line managers", "a line manager (or MASH manager) of the agency"),
    SENIOR_MANAGERS(3, "Senior managers / heads of service", "a senior manager of the agency"),
    PARTNERSHIP(4, "Partnership (chair or executive)", "the partnership's board chair");

    private final int number;
    private final String label;
    private final String whoMayAct;

    EscalationStage(int number, String label, String whoMayAct) {
        this.number = number;
        this.label = label;
        this.whoMayAct = whoMayAct;
    }

    public int number() { return number; }

    public String label() { return label; }

    /** "Stage 2 · Line managers" */
    public String title() { return "Stage " + number + " · " + label; }

    /** In plain English, for refusals: "a line manager (or MASH manager) of the agency". */
    public String whoMayAct() { return whoMayAct; }

    public Optional<EscalationStage> next() {
        return number == 4 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public static EscalationStage number(int n) {
        return values()[n - 1];
    }

    /**
     * Whether the actor's roles qualify them to act at this stage (their agency is checked separately): anyone who
     * works with children at stage 1; a line manager, MASH manager or senior manager at stage 2; a senior manager at
     * stage 3; the board chair at stage 4. A higher level may always act at a lower stage.
     */
    public boolean mayAct(Actor actor) {
        return switch (this) {
            case PRACTITIONERS -> actor.hasAny(Role.PRACTITIONER, Role.MASH_PRACTITIONER, Role.MASH_MANAGER,
                    Role.LINE_MANAGER, Role.SENIOR_MANAGER);
            case LINE_MANAGERS -> actor.hasAny(Role.MASH_MANAGER, Role.LINE_MANAGER, Role.SENIOR_MANAGER);
            case SENIOR_MANAGERS -> actor.has(Role.SENIOR_MANAGER);
            case PARTNERSHIP -> actor.has(Role.BOARD_CHAIR);
        };
    }
}
