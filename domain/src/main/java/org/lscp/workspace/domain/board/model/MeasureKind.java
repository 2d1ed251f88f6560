package org.lscp.workspace.domain.board.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.model.MeasureRef;

/**
 * The measures the workspace computes from its records: the computed part of the partnership's measure catalogue.
 * A success measure names one by its {@link MeasureRef}, never by its wording.
 */
public enum MeasureKind {
    DECISIONS_IN_TIME("Decisions within the RAG deadline", true, BoardFigures::decisionsInTime),
    OVERSIGHT_IN_TIME("Management oversight within 1 working day", true, BoardFigures::oversightInTime),
    DISCLOSURES_TO_STRATEGY("Abuse disclosures taken to a strategy discussion", true,
            BoardFigures::disclosuresToStrategy),
    MEDICAL_CONSIDERED("s47 abuse decisions with a CP medical considered", true, BoardFigures::medicalConsidered),
    THRESHOLD_AGREED("Decisions no agency escalated", true, BoardFigures::thresholdAgreed),
    REPEAT_CONTACTS("Repeat contacts (3rd in 12 months)", false, BoardFigures::repeatContacts),
    CONVERSION_TO_CIN("Contacts converted to CIN assessment or more", true, BoardFigures::conversionToCin),
    ESCALATIONS_RESOLVED_EARLY("Escalations resolved at stage 1 or 2", true, BoardFigures::escalationsResolvedEarly),
    ACTIONS_COMPLETE("Improvement actions complete", true, BoardFigures::actionsComplete),
    DISCUSSIONS_IN_TIME("Strategy discussions held within timescale", true, BoardFigures::discussionsInTime),
    POLICE_AND_HEALTH_AT_DISCUSSIONS("Strategy discussions with the police and health", true,
            BoardFigures::policeAndHealthAtDiscussions),
    POLICE_AT_DISCUSSIONS("Strategy discussions the police took part in", true, BoardFigures::policeAtDiscussions),
    HEALTH_AT_DISCUSSIONS("Strategy discussions health took part in", true, BoardFigures::healthAtDiscussions),
    ENQUIRIES_TO_CONFERENCE("Section 47 enquiries leading to an ICPC", true, BoardFigures::enquiriesToConference),
    CONFERENCES_IN_TIME("ICPCs within 15 working days", true, BoardFigures::conferencesInTime),
    CONFERENCES_TO_PLAN("ICPCs resulting in a child protection plan", true, BoardFigures::conferencesToPlan);

    private final String label;
    private final boolean higherIsBetter;
    private final Function<BoardFigures, Ratio> value;

    MeasureKind(String label, boolean higherIsBetter, Function<BoardFigures, Ratio> value) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    public String label() { return label; }

    public boolean higherIsBetter() { return higherIsBetter; }

    public Ratio of(BoardFigures figures) {
        return value.apply(figures);
    }

    public MeasureRef ref() {
        return MeasureRef.computed(name());
    }

    /** Its catalogue entry: a proportion of the partnership's records. */
    public CatalogueEntry entry() {
        return new CatalogueEntry(ref(), label, label + ", counted from the workspace's records.", higherIsBetter,
                "%", true);
    }

    /** The computed measure a reference names, if it names one. */
    public static Optional<MeasureKind> of(MeasureRef ref) {
        if (ref.source() != MeasureRef.Source.COMPUTED) return Optional.empty();
        return Arrays.stream(values()).filter(k -> k.name().equals(ref.key())).findFirst();
    }
}
