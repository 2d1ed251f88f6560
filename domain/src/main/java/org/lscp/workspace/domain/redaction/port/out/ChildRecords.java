package org.lscp.workspace.domain.redaction.port.out;

import org.lscp.workspace.domain.redaction.model.Candidates;
import org.lscp.workspace.domain.redaction.model.KnownChildren;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The partnership's records of children, asked what of some free text's candidates they hold. */
public interface ChildRecords {
    /**
     * In one lookup, scoped to the partnership: the children whose name's first or last word (compared in any case,
     * accents ignored, a trailing full stop left out) is one of {@code candidates.words()}; which of
     * {@code candidates.ids()} are children's case-system ids (of contacts or escalations); which of
     * {@code candidates.references()} are contact references. Each child once per name and date of birth.
     */
    KnownChildren find(PartnershipId partnership, Candidates candidates);
}
