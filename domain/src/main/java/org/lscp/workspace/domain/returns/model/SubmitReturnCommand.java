package org.lscp.workspace.domain.returns.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An officer's figure for a period: numerator and denominator for a proportion, or the value of an amount. */
public record SubmitReturnCommand(ReturnMeasureId measure, @Nullable LocalDate periodStart, @Nullable Long numerator,
                                  @Nullable Long denominator, @Nullable Double value, @Nullable String sourceSystem,
                                  @Nullable String note) {
}
