package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.shared.MemberId;

/** The MASH member who took a contact, by id and by the name shown on the queue. */
public record Assignment(MemberId member, String name) {
}
