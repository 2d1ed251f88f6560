package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a contact and its child can plausibly be dated, for the record-contact form and for imported files alike.
 * A contact is received no earlier than the import horizon and not in the future; its child is born no later than
 * the day of the contact and no more than 25 years before it (care leavers and young people with special
 * educational needs and disabilities are supported up to 25). A child who was 18 or over at the contact is an
 * exception a member confirms on the form.
 */
public final class ContactDates {
    /**
     * How far back the workspace holds contacts: older ones are refused as mistyped (1900 for 2019, say). A constant
     * for now; a partnership setting if one ever needs a longer history.
     */
    public static final Period IMPORT_HORIZON = Period.ofYears(10);
    public static final int ADULT_AGE = 18;
    public static final int OLDEST_AGE = 25;

    private ContactDates() {
    }

    /** The first day a contact may have been received on, counting back from today. */
    public static LocalDate earliestReceived(LocalDate today) {
        return today.minus(IMPORT_HORIZON);
    }

    /** Born more than 25 years before the contact (exactly 25 years is still plausible). */
    public static boolean bornTooLongBefore(LocalDate born, LocalDate contacted) {
        return born.isBefore(contacted.minusYears(OLDEST_AGE));
    }

    /** 18 or over on the day of the contact: their 18th birthday is on or before it. */
    public static boolean adultAt(LocalDate born, LocalDate contacted) {
        return !born.plusYears(ADULT_AGE).isAfter(contacted);
    }
}
