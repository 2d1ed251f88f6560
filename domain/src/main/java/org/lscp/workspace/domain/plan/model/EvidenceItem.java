package org.lscp.workspace.domain.plan.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.EvidenceId;
import org.lscp.workspace.domain.shared.MemberId;

/** Evidence that an action happened: a title, a summary, and a link or an uploaded file. */
public record EvidenceItem(@Nullable EvidenceId id, ActionId actionId, String title, String summary,
                           @Nullable String link, @Nullable EvidenceFile file, MemberId addedBy, String addedByName,
                           Instant addedAt) implements Audited {

    @Override public String auditType() { return "Evidence"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("action", actionId).with("title", title).with("summary", summary)
                .with("link", link).with("file", file == null ? null
                        : file.fileName() + " (" + file.type() + ", " + file.size() + " bytes)");
    }
}
