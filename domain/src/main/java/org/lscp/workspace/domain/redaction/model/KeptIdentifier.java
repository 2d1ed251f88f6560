package org.lscp.workspace.domain.redaction.model;

import java.time.Duration;
import java.time.Instant;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * A member's confirmation that a text they are saving may keep what identifies a child, with their reason. Only
 * the text's SHA-256 is kept (never the text): the same member saving the very same text within
 * {@link #VALID_FOR} is not asked again.
 */
public record KeptIdentifier(PartnershipId partnershipId, MemberId memberId, String textSha256, String reason,
                             Instant keptAt, int identifiers) implements Audited {
    public static final Duration VALID_FOR = Duration.ofHours(1);
    public static final int REASON_MAX = 500;

    /** Whether it still lets the text through at {@code now}. */
    public boolean validAt(Instant now) {
        return !now.isAfter(keptAt.plus(VALID_FOR));
    }

    @Override public String auditType() { return "Child identifier kept"; }

    @Override public String auditId() { return textSha256.substring(0, 12); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("reason", reason).with("identifiers found", identifiers)
                .with("text SHA-256", textSha256);
    }
}
