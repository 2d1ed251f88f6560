package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.app.ui.Uploads;
import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.plan.model.EvidenceItem;

/**
 * Evidence: a title, a summary and a link or a file. The upload keeps at most 10 MB + 1 byte in memory, so an
 * oversized file is refused by the domain's rule rather than filling the server; the type is judged by content.
 */
class EvidenceDialog extends EditDialog<AddEvidenceCommand, EvidenceItem> {
    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    final TextField link = new TextField("Link (web address)");
    final Upload upload;
    final FieldMessage fileMessage = new FieldMessage();
    final Span received = new Span();
    private String fileName;
    private byte[] content;

    EvidenceDialog(Function<AddEvidenceCommand, EvidenceItem> saver) {
        super("Add evidence", saver);
        title.setMaxLength(200);
        summary.setMaxLength(2_000);
        link.setPlaceholder("https://");
        upload = Uploads.single(EvidenceFileType.MAX_BYTES, "PDF, Word, Excel, PNG or JPEG, up to 10 MB",
                this::received, this::removed, ".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
        received.addClassName("muted");
        FormLayout form = new FormLayout(title, summary, link);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, upload, received, fileMessage);
    }

    /** Called with the uploaded bytes (also by tests). */
    void received(String name, byte[] data) {
        fileName = name;
        content = data;
        received.setText(Uploads.received(name, data, EvidenceFileType.MAX_BYTES));
    }

    /** The member took the file off the upload: nothing is sent with the evidence. */
    void removed() {
        fileName = null;
        content = null;
        received.setText("");
    }

    @Override
    protected AddEvidenceCommand command() {
        return new AddEvidenceCommand(title.getValue(), summary.getValue(), link.getValue(), fileName, content);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "summary", summary, "link", link, "file", fileMessage);
    }
}
