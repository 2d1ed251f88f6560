package org.lscp.workspace.domain.notice.service;

import java.util.function.Predicate;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Notifies the active members of an agency who qualify (e.g. may see the record the notice links to). */
@FunctionalInterface
public interface AgencyNotifier {
    AgencyNotifier NONE = (partnership, agency, who, text, subject) -> { };

    void notifyAgency(PartnershipId partnership, AgencyId agency, Predicate<Actor> who, String text, String subject);
}
