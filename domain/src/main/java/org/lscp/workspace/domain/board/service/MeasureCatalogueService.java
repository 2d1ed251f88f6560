package org.lscp.workspace.domain.board.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditMeasure;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.port.in.AuditedFigures;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.port.out.MeasureCatalogue;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.port.in.ReturnedFigures;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The catalogue: every measure the workspace computes; every theme's case audits overall, and domain by domain for
 * the themes the partnership has audited; then the partnership's data-return measures by name.
 */
public final class MeasureCatalogueService implements MeasureCatalogue {
    private final ReturnedFigures returned;
    private final AuditedFigures audited;

    public MeasureCatalogueService(ReturnedFigures returned, AuditedFigures audited) {
        this.returned = returned;
        this.audited = audited;
    }

    @Override
    public List<CatalogueEntry> entries(PartnershipId partnership) {
        List<CatalogueEntry> entries = new ArrayList<>(Arrays.stream(MeasureKind.values()).map(MeasureKind::entry)
                .toList());
        java.util.Set<AuditTheme> themes = audited.themesAudited(partnership);
        for (AuditTheme theme : AuditTheme.values()) {
            entries.add(new AuditMeasure(theme, null).entry());
            if (!themes.contains(theme)) continue;
            for (AuditDomain domain : AuditDomain.values()) entries.add(new AuditMeasure(theme, domain).entry());
        }
        returned.measures(partnership).stream().sorted(Comparator.comparing(ReturnMeasure::name))
                .map(ReturnMeasure::entry).forEach(entries::add);
        return entries;
    }
}
