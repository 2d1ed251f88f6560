package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The minimum the front door needs about a child: child-identifying, never shown to a board chair. */
public record Child(String caseSystemId, String name, @Nullable LocalDate dateOfBirth, Gender gender,
                    Ethnicity ethnicity) {
}
