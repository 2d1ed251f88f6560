package org.lscp.workspace.domain.escalation.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/** Working days each escalation stage has before it is overdue (defaults 2, 3, 5, 10). */
public record EscalationTimescales(int stage1Days, int stage2Days, int stage3Days, int stage4Days) {
    public static final EscalationTimescales DEFAULTS = new EscalationTimescales(2, 3, 5, 10);
    /** The longest a stage may be (the shortest is 1 day); the settings form offers the same range. */
    public static final int MAX_STAGE_DAYS = 30;
    public static final int MAX_PARTNERSHIP_DAYS = 60;

    public EscalationTimescales {
        new Check().that(within(stage1Days, MAX_STAGE_DAYS), "stage1Days", needs(1, MAX_STAGE_DAYS))
                .that(within(stage2Days, MAX_STAGE_DAYS), "stage2Days", needs(2, MAX_STAGE_DAYS))
                .that(within(stage3Days, MAX_STAGE_DAYS), "stage3Days", needs(3, MAX_STAGE_DAYS))
                .that(within(stage4Days, MAX_PARTNERSHIP_DAYS), "stage4Days", needs(4, MAX_PARTNERSHIP_DAYS))
                .done();
    }

    private static boolean within(int days, int max) {
        return days >= 1 && days <= max;
    }

    private static String needs(int stage, int max) {
        return "Stage " + stage + " needs 1 to " + max + " working days.";
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
