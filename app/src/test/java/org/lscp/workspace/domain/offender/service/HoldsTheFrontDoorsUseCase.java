package org.lscp.workspace.domain.offender.service;

import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;

/** A deliberate offender for ArchitectureTest: a service of one feature holding another feature's use case. */
public final class HoldsTheFrontDoorsUseCase {
    private final DecideUseCase deciding;

    public HoldsTheFrontDoorsUseCase(DecideUseCase deciding) {
        this.deciding = deciding;
    }

    public DecideUseCase deciding() {
        return deciding;
    }
}
