package org.lscp.workspace.domain.section11.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.section11.model.Answer;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface Section11Repository {
    /** Inserts a new cycle. */
    Cycle save(Cycle cycle);

    Optional<Cycle> cycle(PartnershipId partnership, long id);

    /** Newest first. */
    List<Cycle> cycles(PartnershipId partnership);

    /** Inserts or updates at its version (moving it on); a stale version is refused. */
    Answer save(Answer answer);

    /** By agency, then standard. */
    List<Answer> answers(long cycleId);

    /** Stores an evidence file's bytes (never changed afterwards: a new file is a new row); returns its id. */
    long saveFile(PartnershipId partnership, byte[] content);

    /** The bytes of one of the partnership's evidence files. */
    Optional<byte[]> file(PartnershipId partnership, long id);
}
