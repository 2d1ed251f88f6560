package org.lscp.workspace.domain.returns.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Text;

/** What the admin defines about a data-return measure; validates itself. */
public record SaveReturnMeasureCommand(String name, String definition, boolean proportion, @Nullable String unit,
                                       boolean higherIsBetter, @Nullable AgencyId agency, @Nullable MemberId officer,
                                       @Nullable Frequency frequency, int daysToReturn) {
    public SaveReturnMeasureCommand {
        new Check().text("name", name, "the measure's name", 200)
                .longText("definition", definition, "what is counted and how (its definition)", 2_000)
                .that(proportion || Text.line(unit) != null, "unit",
                        "Enter the unit the amount is in, e.g. children per worker.")
                .optionalText("unit", unit, "the unit", 40)
                .present("agency", agency, "Choose the agency that returns it.")
                .present("officer", officer, "Choose the officer who returns it.")
                .present("frequency", frequency, "Choose how often it is returned.")
                .that(daysToReturn >= 1 && daysToReturn <= 90, "daysToReturn",
                        "Give the days after a period ends that its return is due, from 1 to 90.")
                .done();
        name = Text.line(name);
        definition = Text.block(definition);
        unit = proportion ? "" : Text.line(unit);
    }
}
