package org.lscp.workspace.domain.plan.port.out;

import java.util.List;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Every measure a recommendation's success measure can be chosen from: those the workspace computes, the
 * partnership's data-return measures and its case-audit measures.
 */
@FunctionalInterface
public interface MeasureCatalogue {
    List<CatalogueEntry> entries(PartnershipId partnership);
}
