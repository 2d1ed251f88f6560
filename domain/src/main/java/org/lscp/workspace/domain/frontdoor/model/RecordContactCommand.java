package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Text;

/**
 * What a member records about a contact; validated here and, against the clock and the recorder's agency, by the
 * service. The child's case-system id is optional (null when not known); a placeholder typed for it ("not known",
 * "n/a", "-") is refused so "not known" is never stored as if it were an id. A child who was 18 or over when the
 * contact was received is recorded only when the member confirms it ({@code adultConfirmed}); the texts are stored
 * as {@link Text} normalises them.
 */
public record RecordContactCommand(Instant receivedAt, String referrer, Channel channel, @Nullable String caseSystemId,
                                   String childName, @Nullable LocalDate dateOfBirth, boolean adultConfirmed,
                                   Gender gender, Ethnicity ethnicity, Set<ConcernCategory> concerns,
                                   boolean disclosure, String summary, ConsentBasis consent, Rag rag,
                                   Set<RecommendationId> recommendations) {
    public static final int SUMMARY_MAX = 8_000;
    /** How far ahead of the server's clock a received time may be (the browser's clock, the minute typed). */
    static final long CLOCK_SKEW_SECONDS = 60;

    public RecordContactCommand {
        concerns = concerns == null ? Set.of() : Set.copyOf(concerns);
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        Check check = new Check().present("receivedAt", receivedAt, "Enter when the contact was received.")
                .text("referrer", referrer, "who made the contact", 200)
                .present("channel", channel, "Choose how the contact came in.")
                .optionalText("caseSystemId", caseSystemId, "the child's case-system id", Child.CASE_SYSTEM_ID_MAX)
                .that(Text.line(caseSystemId) == null || !Child.isPlaceholder(Text.line(caseSystemId)),
                        "caseSystemId", "Leave the child's case-system id blank if you do not know it: \u201c"
                                + Text.line(caseSystemId) + "\u201d is not an id.")
                .text("childName", childName, "the child's name", 200)
                .present("gender", gender, "Choose the child's gender (or not stated).")
                .present("ethnicity", ethnicity, "Choose the child's ethnicity (or not yet obtained).")
                .notEmpty("concerns", concerns, "Choose at least one concern.")
                .longText("summary", summary, "a summary of the concern", SUMMARY_MAX)
                .present("consent", consent, "Choose the basis for sharing information.")
                .present("rag", rag, "Choose the priority (RAG).");
        if (receivedAt != null && dateOfBirth != null) {
            LocalDate contacted = LocalDate.ofInstant(receivedAt, London.ZONE);
            check.that(!dateOfBirth.isAfter(contacted), "dateOfBirth",
                            "The date of birth must be on or before the day the contact was received.")
                    .that(!ContactDates.bornTooLongBefore(dateOfBirth, contacted), "dateOfBirth",
                            "The date of birth makes the young person older than " + ContactDates.OLDEST_AGE
                                    + " when the contact was received: check the date.")
                    .that(adultConfirmed || !ContactDates.adultAt(dateOfBirth, contacted), "adultConfirmed",
                            "The date of birth makes the young person " + ContactDates.ADULT_AGE + " or over: "
                                    + "confirm they are, or correct the date of birth.");
        }
        check.done();
        adultConfirmed = dateOfBirth != null && ContactDates.adultAt(dateOfBirth, LocalDate.ofInstant(receivedAt,
                London.ZONE));
        referrer = Text.line(referrer);
        caseSystemId = Text.line(caseSystemId);
        childName = Text.line(childName);
        summary = Text.block(summary);
    }

    /** As above, for a child under 18 (or of unknown age): nothing to confirm. */
    public RecordContactCommand(Instant receivedAt, String referrer, Channel channel, @Nullable String caseSystemId,
                                String childName, @Nullable LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity,
                                Set<ConcernCategory> concerns, boolean disclosure, String summary,
                                ConsentBasis consent, Rag rag, Set<RecommendationId> recommendations) {
        this(receivedAt, referrer, channel, caseSystemId, childName, dateOfBirth, false, gender, ethnicity, concerns,
                disclosure, summary, consent, rag, recommendations);
    }

    /**
     * Checks against the clock, the partnership's settings and the recorder: received no earlier than the partnership's
     * {@linkplain DecisionTimescales#earliestReceived horizon} and not in the future; and, for a member of children's social care ({@code caseIdRequired}), the
     * child's case-system id given.
     */
    public void checkAgainst(Instant now, DecisionTimescales settings, boolean caseIdRequired) {
        LocalDate earliest = settings.earliestReceived(LocalDate.ofInstant(now, London.ZONE));
        new Check().that(!receivedAt.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS)), "receivedAt",
                        "The contact cannot have been received in the future.")
                .that(!LocalDate.ofInstant(receivedAt, London.ZONE).isBefore(earliest), "receivedAt",
                        "The contact must have been received on or after " + London.format(earliest)
                                + ": the partnership holds the last " + settings.historyYears()
                                + " years. Check the date.")
                .that(!caseIdRequired || caseSystemId != null, "caseSystemId",
                        "Enter the child's case-system id: children's social care records every contact against "
                                + "the child's record.")
                .done();
    }

    /** What the contact is about, as the recorder described it. */
    public Concern concern() {
        return new Concern(concerns, disclosure, summary, consent, rag);
    }

    public Child child() {
        return new Child(caseSystemId, childName, dateOfBirth, gender, ethnicity, Disability.NOT_KNOWN);
    }
}
