package org.lscp.workspace.domain.returns.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * One agency's figure for a measure and period, as its officer submitted it, with the system it came from. Never
 * changed: a correction is a later return for the same period ({@code corrects} the one it replaces), so the earlier
 * figure stays in the history.
 */
public record DataReturn(@Nullable Long id, PartnershipId partnershipId, ReturnMeasureId measure, ReturnPeriod period,
                         @Nullable Long numerator, @Nullable Long denominator, @Nullable Double value,
                         String sourceSystem, String note, AgencyId agency, MemberId by, String byName, Instant at,
                         @Nullable Long corrects) implements Audited {
    public boolean correction() {
        return corrects != null;
    }

    @Override public String auditType() { return "Data return"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override public String subject() { return "ReturnMeasure:" + measure.value(); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("measure", measure.value()).with("period", period.label())
                .with("figure", value != null ? String.valueOf(value) : numerator + " of " + denominator)
                .with("source", sourceSystem).with("note", note).with("corrects", corrects == null ? "" : corrects);
    }
}
