package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Date and time pickers in British form (dd/mm/yyyy, 24-hour) that say when what was typed cannot be read. A picker
 * given text it cannot parse (31/02/2020, 25:99) has no value, which a form would otherwise take for "left blank";
 * {@link #unreadable} tells the two apart through the picker's own bad-input validation.
 */
public final class DateInputs {
    private DateInputs() {
    }

    public static DatePicker british(DatePicker picker, String badInput) {
        picker.setLocale(Locale.UK);
        picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(badInput));
        return picker;
    }

    public static DateTimePicker british(DateTimePicker picker, String badInput) {
        picker.setLocale(Locale.UK);
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setBadInputErrorMessage(badInput));
        // a required date-time picker puts aria-required on its host, a group, where ARIA does not allow it (axe:
        // aria-allowed-attr); the date and the time inputs inside say "required" themselves
        picker.getElement().executeJs("const strip = () => this.removeAttribute('aria-required');"
                + "new MutationObserver(strip).observe(this, {attributes: true, attributeFilter: ['aria-required']});"
                + "strip();");
        picker.getElement().executeJs(STRICT_TIME);
        return picker;
    }

    /**
     * Flow's time-picker connector reads a typed time by its locale without checking the ranges: 25:99 became 02:39
     * (25 hours and 99 minutes, carried over). This wraps the parser it installs (now and after each change of
     * locale) so an hour over 23 or minutes or seconds over 59 read as nothing, which the picker reports as bad input.
     */
    private static final String STRICT_TIME = """
            const picker = this.querySelector('[slot="time-picker"]');
            const guard = () => {
              const i18n = picker.i18n;
              if (!i18n || !i18n.parseTime || i18n.parseTime.strict) return;
              const parse = i18n.parseTime;
              const strict = text => {
                const t = parse.call(i18n, text);
                return t && t.hours < 24 && t.minutes < 60 && !(t.seconds >= 60) ? t : undefined;
              };
              strict.strict = true;
              picker.i18n = {...i18n, parseTime: strict};
            };
            const install = tries => {
              if (!picker || !picker.$connector) {
                if (tries > 0) setTimeout(() => install(tries - 1), 50);
                return;
              }
              const setLocale = picker.$connector.setLocale;
              picker.$connector.setLocale = locale => { setLocale(locale); guard(); };
              guard();
            };
            install(100);
            """;

    /**
     * The pickers (by field name) whose typed text could not be read, each with its bad-input message; null when
     * every picker holds a date or was left blank.
     */
    public static @Nullable ValidationException unreadable(Map<String, ? extends HasValidation> pickers) {
        Map<String, String> errors = new LinkedHashMap<>();
        pickers.forEach((name, field) -> {
            String message = switch (field) {
                case DatePicker p -> badInput(p.getValue() == null, p.getDefaultValidator().apply(null,
                        new ValueContext(p, p)), p.getI18n().getBadInputErrorMessage());
                case DateTimePicker p -> badInput(p.getValue() == null, p.getDefaultValidator().apply(null,
                        new ValueContext(p, p)), p.getI18n().getBadInputErrorMessage());
                default -> null;
            };
            if (message != null) errors.put(name, message);
        });
        return errors.isEmpty() ? null : new ValidationException(errors);
    }

    private static @Nullable String badInput(boolean empty, ValidationResult result, String message) {
        return empty && result.isError() && message.equals(result.getErrorMessage()) ? message : null;
    }
}
