package org.lscp.workspace.app.ui.escalation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.domain.escalation.model.Escalation;

final class EscalationBadges {
    private EscalationBadges() {
    }

    /** Status, stage and, when it is past its stage deadline, "Overdue". */
    static Div of(Escalation e, Instant now) {
        Div badges = new Div(status(e));
        if (e.open()) badges.add(Badges.of("Stage " + e.stage().number(), "contrast"));
        if (e.overdue(now)) badges.add(Badges.of("Overdue", "error primary"));
        badges.addClassName("badges");
        return badges;
    }

    static Span status(Escalation e) {
        return switch (e.status()) {
            case OPEN -> Badges.of("Open", "");
            case RESOLVED -> Badges.of(e.outcome() == null ? "Resolved" : e.outcome().label(), "success");
            case WITHDRAWN -> Badges.of("Withdrawn", "contrast");
        };
    }
}
