package org.lscp.workspace.domain.frontdoor.port.in;

import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.shared.Actor;

/** PRACTITIONER and MASH roles record a contact from their agency, under the next reference, with its deadline. */
public interface RecordContactUseCase {
    Contact record(Actor actor, RecordContactCommand command);
}
