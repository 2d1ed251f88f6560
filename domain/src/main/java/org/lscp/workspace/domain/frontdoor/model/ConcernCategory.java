package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.plan.model.Theme;

/** What the concern is about (DOMAIN.md), and the plan theme a contact of that kind usually evidences. */
public enum ConcernCategory {
    PHYSICAL_ABUSE("Physical abuse", Theme.THRESHOLDS),
    SEXUAL_ABUSE("Sexual abuse", Theme.THRESHOLDS),
    EMOTIONAL_ABUSE("Emotional abuse", Theme.THRESHOLDS),
    NEGLECT("Neglect", Theme.THRESHOLDS),
    DOMESTIC_ABUSE("Domestic abuse", Theme.FRONT_DOOR),
    SEXUAL_EXPLOITATION("Sexual exploitation", Theme.EXPLOITATION),
    CRIMINAL_EXPLOITATION("Criminal exploitation", Theme.EXPLOITATION),
    MISSING("Missing", Theme.MISSING_CHILDREN),
    MENTAL_HEALTH("Mental health", Theme.FRONT_DOOR),
    SUBSTANCE_MISUSE("Substance misuse", Theme.FRONT_DOOR),
    FGM("Female genital mutilation", Theme.THRESHOLDS),
    RADICALISATION("Radicalisation", Theme.FRONT_DOOR),
    TRAFFICKING("Trafficking", Theme.EXPLOITATION),
    PRIVATE_FOSTERING("Private fostering", Theme.PRIVATE_FOSTERING),
    SELF_HARM("Self-harm", Theme.FRONT_DOOR),
    OTHER("Other", Theme.FRONT_DOOR);

    private final String label;
    private final Theme theme;

    ConcernCategory(String label, Theme theme) {
        this.label = label;
        this.theme = theme;
    }

    public String label() { return label; }

    public Theme theme() { return theme; }

    public boolean abuse() {
        return this == PHYSICAL_ABUSE || this == SEXUAL_ABUSE;
    }
}
