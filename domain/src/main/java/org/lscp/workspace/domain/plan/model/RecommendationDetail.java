package org.lscp.workspace.domain.plan.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything the recommendation page shows. The timeline is derived from the records, newest first. */
public record RecommendationDetail(Recommendation recommendation, Inspection inspection, String leadOfficerName,
                                   List<String> sharedWithAgencies, List<ActionView> actions,
                                   List<StatusChange> statusChanges, ActionTally tally,
                                   List<MeasureStanding> measures) {
    public RecommendationDetail {
        measures = List.copyOf(measures);
    }

    /** The one RAG rule over the actions and the live success measures. */
    public RagVerdict verdict() {
        return RagVerdict.of(tally, measures);
    }

    public Rag rag() {
        return verdict().rag();
    }

    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StatusChange c : statusChanges) {
            entries.add(new TimelineEntry(c.at(), c.byName(), "Status changed from " + c.from().label().toLowerCase()
                    + " to " + c.to().label().toLowerCase()));
        }
        for (ActionView a : actions) {
            String action = "\u201c" + org.lscp.workspace.domain.shared.Text.shorten(a.action().description(), 80) + "\u201d";
            for (ProgressUpdate p : a.progress()) {
                entries.add(new TimelineEntry(p.at(), p.byName(), "Progress on " + action + " (" + p.status().label()
                        .toLowerCase() + "): " + p.text()));
            }
            for (EvidenceItem e : a.evidence()) {
                entries.add(new TimelineEntry(e.addedAt(), e.addedByName(), "Evidence added to " + action + ": "
                        + e.title()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }
}
