package org.lscp.workspace.domain.board.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The measures the workspace computes from its records, and the words in a recommendation's success measure that
 * name each one. A success measure naming none of them (e.g. an audit grade) is reported outside the workspace.
 */
public enum MeasureKind {
    DECISIONS_IN_TIME("Decisions within the RAG deadline", true, BoardFigures::decisionsInTime,
            "decisions within timescale", "decisions within the rag deadline", "decision within timescale"),
    OVERSIGHT_IN_TIME("Management oversight within 1 working day", true, BoardFigures::oversightInTime,
            "management oversight within"),
    DISCLOSURES_TO_STRATEGY("Abuse disclosures taken to a strategy discussion", true,
            BoardFigures::disclosuresToStrategy, "progressed to a strategy discussion"),
    MEDICAL_CONSIDERED("s47 abuse decisions with a CP medical considered", true, BoardFigures::medicalConsidered,
            "child protection medical considered"),
    THRESHOLD_AGREED("Decisions no agency escalated", true, BoardFigures::thresholdAgreed,
            "agree the threshold"),
    REPEAT_CONTACTS("Repeat contacts (3rd in 12 months)", false, BoardFigures::repeatContacts, "repeat contacts"),
    CONVERSION_TO_CIN("Contacts converted to CIN assessment or more", true, BoardFigures::conversionToCin,
            "converted to assessment", "conversion to cin"),
    ESCALATIONS_RESOLVED_EARLY("Escalations resolved at stage 1 or 2", true, BoardFigures::escalationsResolvedEarly,
            "resolved at stage 1", "resolved at stages 1"),
    ACTIONS_COMPLETE("Improvement actions complete", true, BoardFigures::actionsComplete, "actions complete"),
    DISCUSSIONS_IN_TIME("Strategy discussions held within timescale", true, BoardFigures::discussionsInTime,
            "strategy discussions held within", "strategy discussions within timescale",
            "strategy discussions held on time"),
    POLICE_AND_HEALTH_AT_DISCUSSIONS("Strategy discussions with the police and health", true,
            BoardFigures::policeAndHealthAtDiscussions, "with the police and health", "police and health attend",
            "both police and health"),
    POLICE_AT_DISCUSSIONS("Strategy discussions the police took part in", true, BoardFigures::policeAtDiscussions,
            "police attendance at strategy", "police engagement in strategy", "with a police contribution"),
    HEALTH_AT_DISCUSSIONS("Strategy discussions health took part in", true, BoardFigures::healthAtDiscussions,
            "health attendance at strategy", "health engagement in strategy", "with a health contribution"),
    ENQUIRIES_TO_CONFERENCE("Section 47 enquiries leading to an ICPC", true, BoardFigures::enquiriesToConference,
            "enquiries leading to an icpc", "enquiries leading to a conference", "s47 to icpc"),
    CONFERENCES_IN_TIME("ICPCs within 15 working days", true, BoardFigures::conferencesInTime,
            "icpcs within 15", "icpc within 15", "conferences within 15 working days"),
    CONFERENCES_TO_PLAN("ICPCs resulting in a child protection plan", true, BoardFigures::conferencesToPlan,
            "resulting in a plan", "resulting in a child protection plan");

    private final String label;
    private final boolean higherIsBetter;
    private final Function<BoardFigures, Ratio> value;
    private final List<String> words;

    MeasureKind(String label, boolean higherIsBetter, Function<BoardFigures, Ratio> value, String... words) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
        this.words = List.of(words);
    }

    public String label() { return label; }

    public boolean higherIsBetter() { return higherIsBetter; }

    public Ratio of(BoardFigures figures) {
        return value.apply(figures);
    }

    /** The measure a success measure's wording names, if the workspace computes it. */
    public static Optional<MeasureKind> named(String successMeasure) {
        String text = successMeasure.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.words.stream().anyMatch(text::contains)).findFirst();
    }
}
