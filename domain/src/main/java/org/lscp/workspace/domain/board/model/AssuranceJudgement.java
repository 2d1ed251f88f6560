package org.lscp.workspace.domain.board.model;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/** A board chair's judgement on a recommendation at a board meeting; the history is the board's record. */
public record AssuranceJudgement(@Nullable Long id, PartnershipId partnershipId, RecommendationId recommendation,
                                 LocalDate meetingDate, AssuranceLevel level, String commentary, MemberId by,
                                 String byName, Instant recordedAt) implements Audited {
    @Override public String auditType() { return "Assurance judgement"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("recommendation", recommendation.value()).with("meeting", meetingDate)
                .with("judgement", level.label()).with("commentary", commentary);
    }
}
