package org.lscp.workspace.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input broke one or more rules; each message belongs next to the named field. Open for a refusal that carries more
 * than messages (e.g. {@code IdentifiesChildException}: what was found, so the member can keep it with a reason).
 */
public class ValidationException extends DomainException {
    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    /** This exception's field errors together with another's (for a form checked in two parts). */
    public ValidationException and(ValidationException other) {
        Map<String, String> both = new LinkedHashMap<>(fieldErrors);
        both.putAll(other.fieldErrors);
        return new ValidationException(both);
    }

    /** Field name → message, e.g. "name" → "Enter a name." */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
