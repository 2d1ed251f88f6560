package org.lscp.workspace.domain.settings.port.out;

import org.lscp.workspace.domain.settings.model.PartnershipSettings;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface SettingsRepository {
    /** The partnership's settings, or the defaults when none were saved. */
    PartnershipSettings find(PartnershipId partnership);

    void save(PartnershipSettings settings);
}
