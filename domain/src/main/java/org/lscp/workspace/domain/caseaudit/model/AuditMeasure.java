package org.lscp.workspace.domain.caseaudit.model;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.model.MeasureRef;

/** A case-audit measure of the catalogue: a theme's cases graded good or better, overall or in one domain. */
public record AuditMeasure(AuditTheme theme, @Nullable AuditDomain domain) {
    public MeasureRef ref() {
        return MeasureRef.audited(theme.name(), domain == null ? null : domain.name());
    }

    public CatalogueEntry entry() {
        String what = domain == null ? "cases good or better overall" : domain.label().toLowerCase(Locale.ROOT)
                + " good or better";
        return new CatalogueEntry(ref(), theme.label() + " audits: " + what, "Of the cases in the partnership's "
                + theme.label().toLowerCase(Locale.ROOT) + " case audits graded in the 12 months (the moderator's "
                + "grade where moderated), those graded good or outstanding"
                + (domain == null ? "." : " in " + domain.label().toLowerCase(Locale.ROOT) + "."), true, "%", true);
    }

    /** The audit measure a reference names, if it names one. */
    public static Optional<AuditMeasure> of(MeasureRef ref) {
        if (ref.source() != MeasureRef.Source.AUDITED) return Optional.empty();
        String[] parts = ref.key().split("/", 2);
        try {
            return Optional.of(new AuditMeasure(AuditTheme.valueOf(parts[0]),
                    parts.length > 1 ? AuditDomain.valueOf(parts[1]) : null));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
