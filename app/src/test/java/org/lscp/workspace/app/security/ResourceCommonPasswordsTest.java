package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;

class ResourceCommonPasswordsTest {
    private final ResourceCommonPasswords list = new ResourceCommonPasswords();

    @Test
    void holdsTheTenThousandMostCommonPasswordsInLowerCase() {
        assertThat(list.size()).isBetween(9_900, 10_000);
        assertThat(list.contains("password")).isTrue();
        assertThat(list.contains("1qaz2wsx3edc")).isTrue();
        assertThat(list.contains("1q2w3e4r5t6y")).isTrue();
        assertThat(list.contains("")).as("the file's blank line is not a password").isFalse();
    }

    @Test
    void theDemoPasswordIsNotOnIt() {
        assertThat(list.contains(DemoData.PASSWORD.toLowerCase(java.util.Locale.ROOT))).isFalse();
    }
}
