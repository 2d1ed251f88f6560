package org.lscp.workspace.domain.frontdoor.port.in;

import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Backfill after List 1: a PARTNERSHIP_ADMIN reads an Annex A List 5 file (section 47 enquiries) back onto the
 * children's contacts imported from List 1 — the strategy discussion's day, the conference, the child's disability and
 * the case's allocation. A preview with row-level errors, then all or nothing.
 */
public interface ImportEnquiriesUseCase {
    ContactImport preview(Actor actor, String fileName, byte[] content);

    ContactImport commit(Actor actor, String fileName, byte[] content);
}
