package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;

/**
 * When a contact and its child can plausibly be dated, for the record-contact form and for imported files alike.
 * A contact is received no earlier than the partnership's import horizon
 * ({@link DecisionTimescales#earliestReceived}) and not in the future; its child is born no later than
 * the day of the contact and no more than 25 years before it (care leavers and young people with special
 * educational needs and disabilities are supported up to 25). A child who was 18 or over at the contact is an
 * exception a member confirms on the form.
 */
public final class ContactDates {
    public static final int ADULT_AGE = 18;
    public static final int OLDEST_AGE = 25;

    private ContactDates() {
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
