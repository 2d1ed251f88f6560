package org.lscp.workspace.domain.returns.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where one period's return stands for its agency: in ({@code current}), due by a day, or late since it. */
public record ReturnDue(ReturnMeasure measure, ReturnPeriod period, LocalDate due, @Nullable DataReturn current,
                        boolean late) {
}
