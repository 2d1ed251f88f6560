package org.lscp.workspace.domain.board.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;

/**
 * Every board figure for a filter, as counted by the database (one grouped row per RAG and source, plus
 * levels, flags, oversight, escalations, improvement actions and what follows the front door); the ratios are derived
 * here, so "no data" is never shown as 0%.
 */
public record BoardFigures(List<GroupCounts> groups, Map<ThresholdLevel, Long> levels,
                           Map<FlagType, FlagCounts> flags, Ratio oversightInTime, EscalationCounts escalations,
                           ActionCounts actions, ProtectionCounts protection) {

    /** Raised, still open, resolved (by a manager or cleared by the rules). */
    public record FlagCounts(long raised, long open, long resolved) {
    }

    public record ActionCounts(long total, long complete, long overdue) {
        public static final ActionCounts NONE = new ActionCounts(0, 0, 0);
    }

    /**
     * After the front door, for the contacts whose current decision calls for a strategy discussion: {@code due}
     * those held or flagged late (their time has come), {@code heldInTime} held with no late flag, {@code held} with a
     * discussion, of those the police, health and both took part in; {@code enquiries} section 47 enquiries started,
     * {@code toConference} with a conference date; {@code conferencesDue} dated or flagged late, {@code
     * conferencesInTime} dated with no late flag; {@code conferencesDecided} whose plan outcome is known, {@code
     * withPlan} resulting in a child protection plan.
     */
    public record ProtectionCounts(long due, long heldInTime, long held, long police, long health, long both,
                                   long enquiries, long toConference, long conferencesDue, long conferencesInTime,
                                   long conferencesDecided, long withPlan) {
        public static final ProtectionCounts NONE = new ProtectionCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public BoardFigures {
        groups = List.copyOf(groups);
        levels = Map.copyOf(levels);
        flags = Map.copyOf(flags);
    }

    private long sum(ToLongFunction<GroupCounts> f) {
        return groups.stream().mapToLong(f).sum();
    }

    public long contacts() {
        return sum(GroupCounts::contacts);
    }

    /** Contacts with a current decision (the whole of the levels chart). */
    public long decided() {
        return levels.values().stream().mapToLong(Long::longValue).sum();
    }

    public long flagsOpen() {
        return flags.values().stream().mapToLong(FlagCounts::open).sum();
    }

    public long flagsRaised() {
        return flags.values().stream().mapToLong(FlagCounts::raised).sum();
    }

    /** Decisions made within the RAG deadline, of the contacts due a decision. */
    public Ratio decisionsInTime() {
        return new Ratio(sum(GroupCounts::inTime), sum(GroupCounts::due));
    }

    public Map<Rag, Ratio> decisionsInTimeByRag() {
        Map<Rag, Ratio> by = new EnumMap<>(Rag.class);
        for (GroupCounts g : groups) by.merge(g.rag(), new Ratio(g.inTime(), g.due()), Ratio::plus);
        return by;
    }

    /** By source agency, and for contacts from no agency by their Annex A source; agencies first. */
    public Map<SourceGroup, Ratio> decisionsInTimeBySource() {
        Map<SourceGroup, Ratio> by = new TreeMap<>(SourceGroup.ORDER);
        for (GroupCounts g : groups) by.merge(g.source(), new Ratio(g.inTime(), g.due()), Ratio::plus);
        return by;
    }

    /** Contacts whose decision reached a child in need assessment or more. */
    public Ratio conversionToCin() {
        return new Ratio(sum(GroupCounts::cinOrAbove), sum(GroupCounts::decided));
    }

    /** Contacts whose decision reached a strategy discussion (s47) or more. */
    public Ratio conversionToS47() {
        return new Ratio(sum(GroupCounts::s47OrAbove), sum(GroupCounts::decided));
    }

    public Ratio disclosuresToStrategy() {
        return new Ratio(sum(GroupCounts::disclosuresToStrategy), sum(GroupCounts::abuseDisclosures));
    }

    public Ratio medicalConsidered() {
        return new Ratio(sum(GroupCounts::abuseAtS47WithMedical), sum(GroupCounts::abuseAtS47));
    }

    /** Contacts that were at least the third about the child in 12 months. */
    public Ratio repeatContacts() {
        return new Ratio(sum(GroupCounts::repeatContacts), contacts());
    }

    /** Decisions no agency escalated. */
    public Ratio thresholdAgreed() {
        long decided = sum(GroupCounts::decided);
        return new Ratio(Math.max(0, decided - Math.min(decided, escalations.decisionsDisputed())), decided);
    }

    public Ratio escalationsResolvedEarly() {
        return new Ratio(escalations.resolvedAtStage1or2(), escalations.resolved());
    }

    public Ratio actionsComplete() {
        return new Ratio(actions.complete(), actions.total());
    }

    /** Strategy discussions held within the partnership's timescale, of those due. */
    public Ratio discussionsInTime() {
        return new Ratio(protection.heldInTime(), protection.due());
    }

    /** Strategy discussions the police took part in, of those held. */
    public Ratio policeAtDiscussions() {
        return new Ratio(protection.police(), protection.held());
    }

    /** Strategy discussions health took part in, of those held. */
    public Ratio healthAtDiscussions() {
        return new Ratio(protection.health(), protection.held());
    }

    /** Strategy discussions both the police and health took part in, of those held. */
    public Ratio policeAndHealthAtDiscussions() {
        return new Ratio(protection.both(), protection.held());
    }

    /** Section 47 enquiries leading to an initial child protection conference. */
    public Ratio enquiriesToConference() {
        return new Ratio(protection.toConference(), protection.enquiries());
    }

    /** Initial child protection conferences within 15 working days of the strategy discussion, of those due. */
    public Ratio conferencesInTime() {
        return new Ratio(protection.conferencesInTime(), protection.conferencesDue());
    }

    /** Initial child protection conferences resulting in a child protection plan, of those whose outcome is known. */
    public Ratio conferencesToPlan() {
        return new Ratio(protection.withPlan(), protection.conferencesDecided());
    }

    public Map<ThresholdLevel, Long> levelsInOrder() {
        Map<ThresholdLevel, Long> ordered = new EnumMap<>(ThresholdLevel.class);
        for (ThresholdLevel l : ThresholdLevel.values()) ordered.put(l, levels.getOrDefault(l, 0L));
        return ordered;
    }
}
