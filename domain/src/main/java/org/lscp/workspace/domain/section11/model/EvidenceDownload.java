package org.lscp.workspace.domain.section11.model;

import org.lscp.workspace.domain.plan.model.EvidenceFile;

/** A Section 11 answer's evidence file with its bytes, for download. */
public record EvidenceDownload(EvidenceFile file, byte[] content) {
}
