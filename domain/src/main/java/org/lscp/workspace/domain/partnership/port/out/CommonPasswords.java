package org.lscp.workspace.domain.partnership.port.out;

/**
 * The most common passwords (a published list of about 10,000), held by an adapter so the domain needs no file.
 * The {@code PasswordPolicy} asks in lower case ({@code Locale.ROOT}); the adapter holds the list in lower case.
 */
public interface CommonPasswords {
    /** Whether the password, given in lower case, is on the list. */
    boolean contains(String lowerCasePassword);
}
