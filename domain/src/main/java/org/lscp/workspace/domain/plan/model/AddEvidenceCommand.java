package org.lscp.workspace.domain.plan.model;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/**
 * Evidence as the member gives it: a link or a file (or both). The file's type is judged by its content;
 * the size limit is 10 MB.
 */
public record AddEvidenceCommand(String title, String summary, @Nullable String link, @Nullable String fileName,
                                 byte @Nullable [] content) {

    public AddEvidenceCommand {
        link = Text.clean(link);
        summary = java.util.Objects.requireNonNullElse(Text.block(summary), "");
        Check check = new Check().text("title", title, "a title", 200)
                .that(summary.length() <= 2_000, "summary", "The summary must be 2,000 characters or fewer.")
                .that(link != null || content != null, "file", "Add a link or upload a file.")
                .that(link == null || isWebLink(link), "link", "Enter a web address starting with https:// or http://.");
        if (content != null) EvidenceFileType.check(check, "file", content);
        check.done();
        title = Text.line(title);
    }

    public @Nullable EvidenceFile file() {
        return content == null ? null : EvidenceFileType.describe(fileName, content);
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && link.length() <= 1_000;
        } catch (Exception e) {
            return false;
        }
    }
}
