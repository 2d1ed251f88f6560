package org.lscp.workspace.domain.board.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.port.out.MeasureCatalogue;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.port.in.ReturnedFigures;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The catalogue: every measure the workspace computes, then the partnership's data-return measures by name. */
public final class MeasureCatalogueService implements MeasureCatalogue {
    private final ReturnedFigures returned;

    public MeasureCatalogueService(ReturnedFigures returned) {
        this.returned = returned;
    }

    @Override
    public List<CatalogueEntry> entries(PartnershipId partnership) {
        List<CatalogueEntry> entries = new ArrayList<>(Arrays.stream(MeasureKind.values()).map(MeasureKind::entry)
                .toList());
        returned.measures(partnership).stream().sorted(Comparator.comparing(ReturnMeasure::name))
                .map(ReturnMeasure::entry).forEach(entries::add);
        return entries;
    }
}
