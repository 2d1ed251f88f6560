package org.lscp.workspace.domain.escalation.model;

import org.lscp.workspace.domain.shared.change.Change;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * One step on an escalation's timeline: who did what at which stage. A response says whether the answering agency
 * agrees with the challenge; a stage entry (raised or escalated) carries the stage's deadline.
 */
public record EscalationEvent(@Nullable Long id, long escalationId, Kind kind, EscalationStage stage, Instant at,
                              MemberId by, String byName, AgencyId byAgency, String text,
                              @Nullable Boolean agrees, @Nullable Instant deadline) implements Audited {

    public enum Kind {
        RAISED("Raised"), RESPONDED("Response"), ESCALATED("Escalated"), RESOLVED("Resolved"),
        WITHDRAWN("Withdrawn");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /** The same step with its text as a reader may see it. */
    public EscalationEvent withText(String shown) {
        return new EscalationEvent(id, escalationId, kind, stage, at, by, byName, byAgency, shown, agrees, deadline);
    }

    @Override public String auditType() { return "Escalation step"; }

    @Override public String subject() { return Change.escalation(escalationId); }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("escalation", escalationId).with("step", kind.label()).with("stage", stage.number())
                .with("by", byName).with("agrees", agrees == null ? "" : agrees ? "yes" : "no").with("text", text);
    }
}
