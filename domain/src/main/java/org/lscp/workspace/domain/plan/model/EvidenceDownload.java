package org.lscp.workspace.domain.plan.model;

/** An evidence file's bytes, for download. */
public record EvidenceDownload(EvidenceItem item, byte[] content) {
}
