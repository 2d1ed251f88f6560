package org.lscp.workspace.domain.plan.model;

import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/** A progress note and the status it leaves the action in; validates itself. */
public record RecordProgressCommand(String text, ActionStatus status) {
    public RecordProgressCommand {
        new Check().longText("text", text, "what has happened", ProgressUpdate.TEXT_MAX)
                .present("status", status, "Choose the action's status now.").done();
        text = Text.block(text);
    }
}
