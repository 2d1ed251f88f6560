package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.domain.frontdoor.model.Rag;

/** RAG and "time left" as badges whose text carries the meaning (colour only repeats it). */
final class FrontDoorBadges {
    private FrontDoorBadges() {
    }

    static Span rag(Rag rag) {
        return Badges.rag(rag);
    }

    /** Time to the deadline, e.g. "2 h 10 min left" or "Overdue by 1 d 3 h". */
    static Span timeLeft(Instant deadline, Instant now, boolean decided) {
        if (decided) return Badges.of("Decided", "contrast");
        Duration left = Duration.between(now, deadline);
        boolean overdue = left.isNegative();
        String text = (overdue ? "Overdue by " : "") + human(left.abs()) + (overdue ? "" : " left");
        String theme = overdue ? "error primary" : left.toHours() < 1 ? "error" : left.toHours() < 8 ? "warning" : "success";
        return Badges.of(text, theme);
    }

    static String human(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) return days + " d " + hours + " h";
        if (hours > 0) return hours + " h " + minutes + " min";
        return minutes + " min";
    }
}
