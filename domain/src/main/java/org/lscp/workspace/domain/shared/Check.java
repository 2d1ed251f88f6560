package org.lscp.workspace.domain.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of a command before failing, so a form can show all messages at once.
 * <pre>new Check().text("name", name, "a name", 120).done();</pre>
 */
public final class Check {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * Required text on one line of at most {@code max} characters, counted as {@link Text#line} normalises it: a
     * value of nothing but spaces and invisible characters is missing, and a line break is refused.
     */
    public Check text(String field, @Nullable String value, String what, int max) {
        String line = Text.line(value);
        if (line == null) {
            return fail(field, "Enter " + what + ".");
        }
        if (Text.hasLineBreak(value)) {
            return fail(field, capitalise(what) + " must be on one line.");
        }
        return max(field, line, what, max);
    }

    /** Required text that may run over several lines (a summary, a rationale), as {@link Text#block} keeps it. */
    public Check longText(String field, @Nullable String value, String what, int max) {
        String block = Text.block(value);
        return block == null ? fail(field, "Enter " + what + ".") : max(field, block, what, max);
    }

    /** Optional text on one line: checked like {@link #text} when anything visible was typed. */
    public Check optionalText(String field, @Nullable String value, String what, int max) {
        return Text.line(value) == null ? this : text(field, value, what, max);
    }

    /** Optional text that may run over several lines: checked like {@link #longText} when anything visible was typed. */
    public Check optionalLongText(String field, @Nullable String value, String what, int max) {
        return Text.block(value) == null ? this : longText(field, value, what, max);
    }

    private Check max(String field, String normalised, String what, int max) {
        return normalised.length() > max
                ? fail(field, capitalise(what) + " must be " + max + " characters or fewer.") : this;
    }

    public Check email(String field, String value) {
        text(field, value, "an email address", 254);
        if (!errors.containsKey(field) && !EMAIL.matcher(Text.line(value)).matches()) {
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
