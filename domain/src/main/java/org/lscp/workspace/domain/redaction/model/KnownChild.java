package org.lscp.workspace.domain.redaction.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child in the partnership's records as the matcher needs them: the name as recorded and the date of birth. */
public record KnownChild(String name, @Nullable LocalDate dateOfBirth) {
}
