package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.Urgency;

/** RAG and "time left" as badges whose text carries the meaning (colour only repeats it). */
final class FrontDoorBadges {
    private FrontDoorBadges() {
    }

    static Span rag(Rag rag) {
        return Badges.rag(rag);
    }

    /**
     * Time to the deadline, e.g. "2 h 10 min left" or "Overdue by 1 d 3 h", coloured by its {@link Urgency} (never
     * green for a red contact).
     */
    static Span timeLeft(Rag rag, Instant deadline, Instant now, boolean decided) {
        return timeLeft(Urgency.of(rag, deadline, decided, now), deadline, now);
    }

    static Span timeLeft(Urgency urgency, Instant deadline, Instant now) {
        if (urgency == Urgency.DECIDED) return Badges.of("Decided", "contrast");
        Duration left = Duration.between(now, deadline);
        boolean overdue = urgency == Urgency.OVERDUE;
        String text = (overdue ? "Overdue by " : "") + human(left.abs()) + (overdue ? "" : " left");
        return Badges.of(text, switch (urgency) {
            case OVERDUE -> "error primary";
            case URGENT -> "error";
            case SOON -> "warning";
            default -> "success";
        });
    }

    /** The same, short for a list: "EDT" on screen, in full for a screen reader and on hover. */
    static Span edt() {
        Span badge = Badges.of("EDT", "error");
        Span full = new Span(" (out of hours: emergency duty team)");
        full.addClassName("sr-only");
        badge.add(full);
        badge.getElement().setAttribute("title", "Out of hours: the emergency duty team decides, in real hours.");
        return badge;
    }

    /** A red contact out of hours: the emergency duty team's until the MASH opens. */
    static Span emergencyDuty() {
        Span badge = Badges.of("Out of hours: emergency duty team", "error");
        badge.getElement().setAttribute("title", "Received out of hours or too late in the day: the emergency duty "
                + "team decides, in real hours.");
        return badge;
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
