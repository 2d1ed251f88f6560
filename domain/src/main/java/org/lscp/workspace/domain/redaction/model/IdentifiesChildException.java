package org.lscp.workspace.domain.redaction.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Free text that a board chair may read seems to identify a child: each field's message quotes what was found and
 * asks the member to remove it, or to keep it with a reason ({@code ChildIdentifierUseCase.keep} with
 * {@link #texts()}, then save again).
 */
public final class IdentifiesChildException extends ValidationException {
    private final List<Finding> findings;

    /** One field's text as it was checked and the identifiers found in it, in order. */
    public record Finding(String field, String text, List<String> found) {
        public Finding {
            found = List.copyOf(found);
        }

        public String message() {
            return "This seems to identify a child (" + found.stream().map(s -> "\u201c" + s + "\u201d")
                    .collect(Collectors.joining(", ")) + "). Remove it, or keep it with a reason.";
        }
    }

    public IdentifiesChildException(List<Finding> findings) {
        super(messages(findings));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The texts exactly as checked: what a confirmation must name for the same save to pass. */
    public List<String> texts() {
        return findings.stream().map(Finding::text).distinct().toList();
    }

    /** Everything found, in every field, once each. */
    public List<String> found() {
        return findings.stream().flatMap(f -> f.found().stream()).distinct().toList();
    }

    private static Map<String, String> messages(List<Finding> findings) {
        if (findings.isEmpty()) throw new IllegalArgumentException("nothing found");
        Map<String, String> messages = new LinkedHashMap<>();
        findings.forEach(f -> messages.put(f.field(), f.message()));
        return messages;
    }
}
