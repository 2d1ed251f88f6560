package org.lscp.workspace.domain.board.model;

import org.lscp.workspace.domain.frontdoor.model.Rag;

/**
 * The front-door counts for one RAG and source (a partner agency, or for contacts from no agency their Annex A
 * source) over the period's contacts (imported history excluded: it has no decisions): how many were due a decision (decided, or undecided past the deadline) and how many were
 * decided in time; levels reached; disclosures of physical or sexual abuse and those taken to a strategy
 * discussion; such abuse decided at s47 or above and those with a CP medical considered; repeat contacts.
 */
public record GroupCounts(Rag rag, SourceGroup source, long contacts, long due, long inTime, long cinOrAbove,
                          long s47OrAbove, long decided, long abuseDisclosures, long disclosuresToStrategy,
                          long abuseAtS47, long abuseAtS47WithMedical, long repeatContacts) {
}
