package org.lscp.workspace.domain.returns.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * A figure the partnership cannot count from its own records, returned each period by a named officer of the agency
 * that holds it: a proportion (numerator of denominator) or an amount in a unit ("children per worker"). Due
 * {@code daysToReturn} days after each period ends. A measure migrated from a plan's old wording waits for the admin
 * to define it ({@link #ready()} is false until it has a definition, an agency and an officer). A period that ended
 * before the day the measure was defined is not expected of the agency (it may still be returned).
 */
public record ReturnMeasure(@Nullable ReturnMeasureId id, PartnershipId partnershipId, String name, String definition,
                            boolean proportion, String unit, boolean higherIsBetter, @Nullable AgencyId agency,
                            @Nullable MemberId officer, Frequency frequency, int daysToReturn, LocalDate definedOn,
                            long version)
        implements Audited {
    public static final int DEFAULT_DAYS_TO_RETURN = 15;
    /** Who may be named to return a measure: a manager, a lead officer or the admin (the returns page is theirs). */
    public static final java.util.Set<org.lscp.workspace.domain.shared.Role> OFFICERS = java.util.Set.of(
            org.lscp.workspace.domain.shared.Role.LINE_MANAGER, org.lscp.workspace.domain.shared.Role.SENIOR_MANAGER,
            org.lscp.workspace.domain.shared.Role.LEAD_OFFICER, org.lscp.workspace.domain.shared.Role.MASH_MANAGER,
            org.lscp.workspace.domain.shared.Role.PARTNERSHIP_ADMIN);

    public ReturnMeasureId requireId() {
        if (id == null) throw new IllegalStateException("measure not saved yet");
        return id;
    }

    public boolean ready() {
        return agency != null && officer != null && !definition.isBlank();
    }

    /** The day a period's return is due: it is late from the day after. */
    public LocalDate due(ReturnPeriod period) {
        return period.end().plusDays(daysToReturn);
    }

    /** Whether its return is asked for: the period ended on or after the day the measure was defined. */
    public boolean expects(ReturnPeriod period) {
        return !period.end().isBefore(definedOn);
    }

    /** The latest period over by {@code today}: the one a return is now asked for. */
    public ReturnPeriod lastEnded(LocalDate today) {
        return frequency.before(frequency.containing(today));
    }

    public CatalogueEntry entry() {
        return new CatalogueEntry(MeasureRef.returned(requireId().value()), name, definition, higherIsBetter,
                proportion ? "%" : unit, ready());
    }

    public ReturnMeasure with(SaveReturnMeasureCommand c) {
        return new ReturnMeasure(id, partnershipId, c.name(), c.definition(), c.proportion(),
                c.proportion() ? "" : c.unit(), c.higherIsBetter(), c.agency(), c.officer(), c.frequency(),
                c.daysToReturn(), definedOn, version);
    }

    @Override public String auditType() { return "Data-return measure"; }

    @Override public String auditId() { return String.valueOf(id == null ? null : id.value()); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("name", name).with("definition", definition)
                .with("unit", proportion ? "proportion" : unit).with("higher is better", higherIsBetter)
                .with("agency", agency == null ? "" : agency).with("officer", officer == null ? "" : officer)
                .with("frequency", frequency.label()).with("days to return", daysToReturn).with("defined on", definedOn);
    }
}
