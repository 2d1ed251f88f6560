package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class SpringPasswordHasherTest {
    private final SpringPasswordHasher hasher = new SpringPasswordHasher();

    @Test
    void newHashesAreArgon2idWithTheDocumentedParameters() {
        String hash = hasher.hash("a long passphrase of my own");

        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=32768,t=3,p=1$");
        assertThat(hasher.matches("a long passphrase of my own", hash)).isTrue();
        assertThat(hasher.matches("a long passphrase of my owN", hash)).isFalse();
        assertThat(hasher.needsUpgrade(hash)).isFalse();
        assertThat(hasher.hash("a long passphrase of my own")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void everyCharacterOfA128CharacterPasswordCounts() {
        String first = "x".repeat(100) + "a".repeat(28);
        String second = "x".repeat(100) + "b".repeat(28);
        // bcrypt reads 72 bytes at most; Spring Security 7's encoder refuses anything longer rather than cut it
        assertThatThrownBy(() -> new BCryptPasswordEncoder().encode(first))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("72 bytes");

        String hash = hasher.hash(first);
        assertThat(hasher.matches(first, hash)).isTrue();
        assertThat(hasher.matches(second, hash)).isFalse();
        String seventyThree = "y".repeat(72) + "z";
        assertThat(hasher.matches("y".repeat(72) + "q", hasher.hash(seventyThree))).isFalse();
    }

    @Test
    void bcryptHashesStillMatchAndAskForAnUpgrade() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("demo-password-2026");

        assertThat(hasher.matches("demo-password-2026", bcrypt)).isTrue();
        assertThat(hasher.matches("demo-password-2027", bcrypt)).isFalse();
        assertThat(hasher.needsUpgrade(bcrypt)).isTrue();
        assertThat(hasher.matches("x".repeat(100), bcrypt)).as("a long password against an old hash: no match, no error")
                .isFalse();
    }

    @Test
    void argon2HashesWithWeakerParametersAskForAnUpgradeToo() {
        String springDefaults = "{argon2@SpringSecurity_v5_8}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("demo-password-2026");
        assertThat(hasher.matches("demo-password-2026", springDefaults)).isTrue();
        assertThat(hasher.needsUpgrade(springDefaults)).isTrue();

        String weaker = "{argon2id}" + new Argon2PasswordEncoder(16, 32, 1, 8 * 1024, 1).encode("demo-password-2026");
        assertThat(hasher.matches("demo-password-2026", weaker)).isTrue();
        assertThat(hasher.needsUpgrade(weaker)).isTrue();
    }
}
