package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/**
 * The team and social worker the child's case is allocated to after a referral (Annex A Lists 3 and 5), recorded by
 * the MASH; both are named, since a list with a team and no worker tells the inspectors nothing.
 */
public record Allocation(String team, String worker) {
    public static final int NAME_MAX = 120;

    public Allocation {
        team = Text.line(team);
        worker = Text.line(worker);
        new Check().text("team", team, "the allocated team", NAME_MAX)
                .text("worker", worker, "the allocated worker", NAME_MAX).done();
    }
}
