package org.lscp.workspace.app.config;

import java.time.Instant;
import org.lscp.workspace.domain.partnership.model.Totp;

/**
 * {@code ./workspace code [email]}: the demo authenticator's current code, for signing in to the demo without a
 * phone. Every demo member shares {@link DemoData#SECOND_FACTOR_SECRET}; real members have their own secret, which
 * nothing prints.
 */
public final class DemoCode {
    private DemoCode() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].strip().endsWith(".example")) {
            System.err.println(args[0] + " is not a demo member: only demo members (…@….example) share the demo "
                    + "authenticator secret.");
            System.exit(2);
        }
        Instant now = Instant.now();
        long step = Totp.step(now);
        long left = (step + 1) * Totp.STEP_SECONDS - now.getEpochSecond();
        System.out.println(Totp.code(DemoData.SECOND_FACTOR_SECRET, step) + "   (for " + left + " more seconds; "
                + "each code signs in once)");
    }
}
