package org.lscp.workspace.domain.section11.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.EvidenceFile;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * An agency's rating of one standard in a cycle, with its evidence (text, a link, a file); {@code carried} while it is
 * the previous cycle's answer not yet edited. The panel accepts it or challenges it with a reason, and the agency
 * responds; an agreed action on the plan is kept by its id.
 */
public record Answer(long cycleId, AgencyId agency, int standard, Rating rating, String evidence, String link,
                     @Nullable Attachment file, boolean carried, @Nullable MemberId by, String byName, @Nullable Instant at, Review review,
                     String challenge, String response, @Nullable Long action, long version) implements Audited {
    public Answer withReview(Review r, String challengeText, String responseText) {
        return new Answer(cycleId, agency, standard, rating, evidence, link, file, carried, by, byName, at, r,
                challengeText, responseText, action, version);
    }

    public Answer withAction(long id) {
        return new Answer(cycleId, agency, standard, rating, evidence, link, file, carried, by, byName, at, review,
                challenge, response, id, version);
    }

    /** An evidence file kept with the answer: the bytes are stored apart, by this id, and fetched to download. */
    public record Attachment(long id, EvidenceFile about) {
    }

    @Override public String auditType() { return "Section 11 answer"; }

    @Override public String auditId() { return cycleId + "/" + agency.value() + "/" + standard; }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("rating", rating.label()).with("evidence", evidence).with("link", link)
                .with("file", file == null ? "" : file.about().fileName() + " (" + file.about().type().extension()
                        + ", " + file.about().size() + " bytes, file " + file.id() + ")")
                .with("review", review.label()).with("challenge", challenge).with("response", response)
                .with("action", action == null ? "" : action);
    }
}
