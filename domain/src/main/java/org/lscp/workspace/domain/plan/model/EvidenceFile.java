package org.lscp.workspace.domain.plan.model;

/** An uploaded file's description; its bytes are stored apart and fetched only for download. */
public record EvidenceFile(String fileName, EvidenceFileType type, long size) {
}
