package org.lscp.workspace.domain.frontdoor.port.in;

import org.lscp.workspace.domain.frontdoor.model.ContactImport;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Backfill: a PARTNERSHIP_ADMIN imports past contacts from an Annex A List 1 file (CSV or XLSX, Ofsted's headings
 * and codes): a preview with row-level errors, then all or nothing. Imported contacts are history: they count for
 * repeat contacts and measures but do not enter the queue.
 */
public interface ImportContactsUseCase {
    ContactImport preview(Actor actor, String fileName, byte[] content);

    ContactImport commit(Actor actor, String fileName, byte[] content);
}
