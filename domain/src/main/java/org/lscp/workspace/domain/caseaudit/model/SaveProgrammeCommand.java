package org.lscp.workspace.domain.caseaudit.model;

import org.lscp.workspace.domain.frontdoor.model.SampleFilter;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Text;

/** What the admin sets up for an audit; validates itself. */
public record SaveProgrammeCommand(String title, @Nullable AuditTheme theme, Set<RecommendationId> recommendations,
                                   @Nullable LocalDate sampleFrom, @Nullable LocalDate sampleTo,
                                   SampleFilter sample, @Nullable LocalDate meetsOn, Set<MemberId> auditors,
                                   @Nullable MemberId moderator) {
    /** Every decided contact of the period. */
    public SaveProgrammeCommand(String title, @Nullable AuditTheme theme, Set<RecommendationId> recommendations,
                                @Nullable LocalDate sampleFrom, @Nullable LocalDate sampleTo,
                                @Nullable LocalDate meetsOn, Set<MemberId> auditors, @Nullable MemberId moderator) {
        this(title, theme, recommendations, sampleFrom, sampleTo, SampleFilter.NONE, meetsOn, auditors, moderator);
    }

    public SaveProgrammeCommand {
        sample = sample == null ? SampleFilter.NONE : sample;
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        auditors = auditors == null ? Set.of() : Set.copyOf(auditors);
        new Check().text("title", title, "the audit's title", 200)
                .present("theme", theme, "Choose the audit's theme.")
                .present("sampleFrom", sampleFrom, "Give the first day of the period the sample is drawn from.")
                .present("sampleTo", sampleTo, "Give the last day of the period the sample is drawn from.")
                .that(sampleFrom == null || sampleTo == null || !sampleTo.isBefore(sampleFrom), "sampleTo",
                        "The period must end on or after the day it starts.")
                .present("meetsOn", meetsOn, "Give the day the audit group meets.")
                .that(auditors.size() >= 2, "auditors", "Choose at least two auditors, from different agencies.")
                .present("moderator", moderator, "Choose the moderator.")
                .done();
        title = Text.line(title);
    }
}
