package org.lscp.workspace.domain.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of a command before failing, so a form can show all messages at once.
 * <pre>new Check().text("name", name, "a name", 120).done();</pre>
 */
public final class Check {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Required text of at most {@code max} characters (after trimming). */
    public Check text(String field, String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return fail(field, "Enter " + what + ".");
        }
        if (value.strip().length() > max) {
            return fail(field, capitalise(what) + " must be " + max + " characters or fewer.");
        }
        return this;
    }

    public Check email(String field, String value) {
        text(field, value, "an email address", 254);
        if (!errors.containsKey(field) && !EMAIL.matcher(value.strip()).matches()) {
            fail(field, "Enter an email address in the form name@example.org.");
        }
        return this;
    }

    public Check present(String field, Object value, String message) {
        return value == null ? fail(field, message) : this;
    }

    public Check notEmpty(String field, Collection<?> value, String message) {
        return value == null || value.isEmpty() ? fail(field, message) : this;
    }

    public Check that(boolean ok, String field, String message) {
        return ok ? this : fail(field, message);
    }

    public Check fail(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String capitalise(String what) {
        String bare = what.startsWith("a ") ? what.substring(2) : what.startsWith("an ") ? what.substring(3) : what;
        return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }
}
