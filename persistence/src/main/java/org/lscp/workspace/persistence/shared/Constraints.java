package org.lscp.workspace.persistence.shared;

import org.springframework.dao.DataIntegrityViolationException;

/** Tells which named database constraint a write broke. */
public final class Constraints {
    private Constraints() {
    }

    public static boolean broke(DataIntegrityViolationException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) return true;
        }
        return false;
    }
}
