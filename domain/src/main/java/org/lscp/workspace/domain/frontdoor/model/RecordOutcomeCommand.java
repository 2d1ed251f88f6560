package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/**
 * The strategy discussion's outcome: the section 47 enquiry (or why none), any immediate safety action, the rationale,
 * and the child protection medical — needed and arranged for a day, or why not.
 */
public record RecordOutcomeCommand(SectionFortySeven enquiry, @Nullable String noEnquiryReason,
                                   @Nullable String immediateSafetyAction, String rationale, boolean medicalNeeded,
                                   @Nullable LocalDate medicalArrangedFor, @Nullable String noMedicalReason) {
    public static final int TEXT_MAX = 4_000;

    public RecordOutcomeCommand {
        rationale = Text.block(rationale);
        noEnquiryReason = Text.block(noEnquiryReason);
        immediateSafetyAction = Text.block(immediateSafetyAction);
        noMedicalReason = Text.block(noMedicalReason);
        Check check = new Check()
                .present("enquiry", enquiry, "Choose whether a section 47 enquiry starts.")
                .longText("rationale", rationale, "the rationale", TEXT_MAX)
                .optionalLongText("immediateSafetyAction", immediateSafetyAction, "the immediate safety action", TEXT_MAX)
                .optionalLongText("noEnquiryReason", noEnquiryReason, "why there is no section 47 enquiry", TEXT_MAX)
                .optionalLongText("noMedicalReason", noMedicalReason, "why no medical is needed", TEXT_MAX);
        if (enquiry == SectionFortySeven.NONE) {
            check.that(noEnquiryReason != null, "noEnquiryReason", "Say why there is no section 47 enquiry.");
        }
        if (medicalNeeded) {
            check.that(medicalArrangedFor != null, "medicalArrangedFor",
                    "Give the day the child protection medical is arranged for.");
        } else {
            check.that(noMedicalReason != null, "noMedicalReason",
                    "Say why no child protection medical is needed.");
        }
        check.done();
    }

    /** Against the discussion: a medical is not arranged for before it. */
    public void validate(LocalDate discussionDay) {
        new Check().that(medicalArrangedFor == null || !medicalArrangedFor.isBefore(discussionDay),
                "medicalArrangedFor", "The medical cannot be arranged for before the strategy discussion.").done();
    }

    public DiscussionOutcome outcome() {
        return new DiscussionOutcome(enquiry, noEnquiryReason, immediateSafetyAction, rationale,
                medicalNeeded, medicalNeeded ? medicalArrangedFor : null, medicalNeeded ? null : noMedicalReason);
    }
}
