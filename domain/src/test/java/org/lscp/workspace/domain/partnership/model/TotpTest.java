package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B's SHA-1 test vectors (the last six digits of its eight-digit codes). */
class TotpTest {
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void theRfcVectors(long seconds, String code) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_109);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "081 804", now)).as("spaces as apps show them").isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "81804", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void secretsAreRandomBase32AndRoundTrip() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.base32(Totp.decode(secret))).isEqualTo(secret);
        assertThat(Totp.uri("Safeguarding Partnership Workspace", "Alex Morgan", "ABC"))
                .isEqualTo("otpauth://totp/Safeguarding%20Partnership%20Workspace:Alex%20Morgan?secret=ABC&issuer="
                        + "Safeguarding%20Partnership%20Workspace&algorithm=SHA1&digits=6&period=30");
    }
}
