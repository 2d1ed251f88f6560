package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.RecommendationId;

/** What a practitioner records about a contact; validated here and, against the clock, by the service. */
public record RecordContactCommand(Instant receivedAt, String referrer, Channel channel, String caseSystemId,
                                   String childName, @Nullable LocalDate dateOfBirth, Gender gender,
                                   Ethnicity ethnicity, Set<ConcernCategory> concerns, boolean disclosure,
                                   String summary, ConsentBasis consent, Rag rag,
                                   Set<RecommendationId> recommendations) {
    public static final int SUMMARY_MAX = 8_000;

    public RecordContactCommand {
        concerns = concerns == null ? Set.of() : Set.copyOf(concerns);
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        new Check().present("receivedAt", receivedAt, "Enter when the contact was received.")
                .text("referrer", referrer, "who made the contact", 200)
                .present("channel", channel, "Choose how the contact came in.")
                .text("caseSystemId", caseSystemId, "the child's case-system id", 40)
                .text("childName", childName, "the child's name", 200)
                .present("gender", gender, "Choose the child's gender (or not stated).")
                .present("ethnicity", ethnicity, "Choose the child's ethnicity (or not yet obtained).")
                .notEmpty("concerns", concerns, "Choose at least one concern.")
                .text("summary", summary, "a summary of the concern", SUMMARY_MAX)
                .present("consent", consent, "Choose the basis for sharing information.")
                .present("rag", rag, "Choose the priority (RAG).")
                .done();
        referrer = referrer.strip();
        caseSystemId = caseSystemId.strip();
        childName = childName.strip();
        summary = summary.strip();
    }

    /** Checks against today: no date of birth or receipt in the future. */
    public void checkAgainst(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        new Check().that(dateOfBirth == null || !dateOfBirth.isAfter(today), "dateOfBirth",
                        "The date of birth cannot be in the future.")
                .that(!receivedAt.isAfter(now.plusSeconds(60)), "receivedAt",
                        "The contact cannot have been received in the future.")
                .done();
    }

    public Child child() {
        return new Child(caseSystemId, childName, dateOfBirth, gender, ethnicity);
    }
}
