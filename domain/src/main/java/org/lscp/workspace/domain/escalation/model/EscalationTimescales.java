package org.lscp.workspace.domain.escalation.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/** Working days each escalation stage has before it is overdue (defaults 2, 3, 5, 10). */
public record EscalationTimescales(int stage1Days, int stage2Days, int stage3Days, int stage4Days) {
    public static final EscalationTimescales DEFAULTS = new EscalationTimescales(2, 3, 5, 10);

    public EscalationTimescales {
        new Check().that(stage1Days >= 1 && stage1Days <= 30, "stage1Days", "Stage 1 needs 1 to 30 working days.")
                .that(stage2Days >= 1 && stage2Days <= 30, "stage2Days", "Stage 2 needs 1 to 30 working days.")
                .that(stage3Days >= 1 && stage3Days <= 30, "stage3Days", "Stage 3 needs 1 to 30 working days.")
                .that(stage4Days >= 1 && stage4Days <= 60, "stage4Days", "Stage 4 needs 1 to 60 working days.")
                .done();
    }

    public int days(EscalationStage stage) {
        return switch (stage) {
            case PRACTITIONERS -> stage1Days;
            case LINE_MANAGERS -> stage2Days;
            case SENIOR_MANAGERS -> stage3Days;
            case PARTNERSHIP -> stage4Days;
        };
    }

    /** The stage's deadline: its working days after it started, on the partnership's calendar. */
    public Instant deadline(EscalationStage stage, Instant startedAt, WorkingCalendar calendar) {
        return calendar.addWorkingDays(startedAt, days(stage));
    }
}
