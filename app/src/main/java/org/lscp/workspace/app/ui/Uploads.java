package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * One file, kept in memory up to {@code maxBytes} + 1 byte (so an oversized file is reported by the rules rather
 * than filling the server); the callback runs with the UI locked.
 */
public final class Uploads {
    private Uploads() {
    }

    public static Upload single(long maxBytes, String hint, BiConsumer<String, byte[]> received, String... accepted) {
        return single(maxBytes, hint, received, () -> { }, accepted);
    }

    /** As above, and {@code removed} runs when the member removes the file from the upload before saving. */
    public static Upload single(long maxBytes, String hint, BiConsumer<String, byte[]> received, Runnable removed,
                                String... accepted) {
        Upload upload = new Upload((UploadHandler) event -> {
            String name = event.getFileName();
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) maxBytes + 1);
            }
            event.getUI().access(() -> received.accept(name, data));
        });
        upload.setMaxFiles(1);
        upload.addFileRemovedListener(e -> removed.run());
        upload.setAcceptedFileTypes(accepted);
        Span label = new Span(hint);
        label.addClassName("upload-hint");
        upload.setDropLabel(label);
        return upload;
    }

    /** What the member is told of a file received: its name and size, or that it is over the limit. */
    public static String received(String name, byte[] data, long maxBytes) {
        return data.length > maxBytes ? "Received " + name + " (over " + maxBytes / (1024 * 1024) + " MB)."
                : "Received " + name + " (" + Math.max(1, data.length / 1024) + " KB).";
    }
}
