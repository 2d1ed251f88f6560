package org.lscp.workspace.domain.redaction.port.out;

import java.util.Optional;
import org.lscp.workspace.domain.redaction.model.KeptIdentifier;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Members' confirmations that a text may keep what identifies a child; one per member and text (the latest). */
public interface KeptIdentifiers {
    /** Stores the confirmation, replacing an earlier one of the member for the same text. */
    void save(KeptIdentifier kept);

    Optional<KeptIdentifier> find(PartnershipId partnership, MemberId member, String textSha256);
}
