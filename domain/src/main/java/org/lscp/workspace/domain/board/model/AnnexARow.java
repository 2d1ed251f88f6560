package org.lscp.workspace.domain.board.model;

import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;

/**
 * One contact as Annex A needs it: the child's minimal fields, when it came and its Annex A source as stored (an
 * imported contact keeps the code it was imported with), its current decision, the first time it was decided at
 * a child in need assessment or more (the referral), the strategy discussion, and how many referrals and s47
 * enquiries the child had in the twelve months before, and what followed ({@link Protection}). The child's id is null
 * when the contact was recorded without it (see {@link org.lscp.workspace.domain.frontdoor.model.Child}).
 */
public record AnnexARow(@Nullable String childId, Gender gender, Ethnicity ethnicity, @Nullable LocalDate dateOfBirth,
                        Instant receivedAt, ContactSource source,
                        @Nullable ThresholdLevel level, @Nullable Instant referredAt,
                        @Nullable LocalDate strategyDiscussion, @Nullable Instant strategyDecidedAt, String nextStep,
                        long referralsIn12Months, long s47In12Months, Protection protection) {

    /**
     * What the MASH recorded after the front door: the child's disability, the team and worker the case is allocated
     * to, the latest strategy discussion's day, whether a conference was deemed unnecessary (null: not yet recorded),
     * its date and whether it resulted in a plan (null: not known yet), and the child's conferences in the twelve
     * months before.
     */
    public record Protection(Disability disability, @Nullable Allocation allocation,
                             @Nullable LocalDate discussionHeldOn, @Nullable Boolean conferenceUnnecessary,
                             @Nullable LocalDate conferenceDate, @Nullable Boolean resultedInPlan,
                             long conferencesIn12Months) {
        public static final Protection NONE = new Protection(Disability.NOT_KNOWN, null, null, null, null, null, 0);
    }
}
