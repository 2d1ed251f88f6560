package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/**
 * The initial child protection conference after a section 47 enquiry: deemed unnecessary with the reason, or its
 * date (due within 15 working days of the strategy discussion), and whether it resulted in a child protection plan.
 */
public record RecordConferenceCommand(boolean deemedUnnecessary, @Nullable String unnecessaryReason,
                                      @Nullable LocalDate date, @Nullable Boolean resultedInPlan) {
    public RecordConferenceCommand {
        unnecessaryReason = Text.block(unnecessaryReason);
        Check check = new Check()
                .optionalLongText("unnecessaryReason", unnecessaryReason, "why no conference is needed", 4_000);
        if (deemedUnnecessary) {
            check.that(unnecessaryReason != null, "unnecessaryReason", "Say why no conference is needed.")
                    .that(date == null && resultedInPlan == null, "date",
                            "A conference deemed unnecessary has no date or outcome.");
        } else {
            check.that(date != null, "date", "Give the date of the initial child protection conference.");
        }
        check.done();
    }

    /** Against the strategy discussion: the conference follows it. */
    public void validate(LocalDate discussionDay) {
        new Check().that(date == null || !date.isBefore(discussionDay), "date",
                "The conference cannot be before its strategy discussion.").done();
    }

    public Conference conference() {
        return new Conference(deemedUnnecessary, unnecessaryReason, date, resultedInPlan);
    }
}
