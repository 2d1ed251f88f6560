package org.lscp.workspace.domain.section11.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Text;

/** What the admin sets for a cycle: its title, due day, standards and each agency's named lead. */
public record StartCycleCommand(String title, @Nullable LocalDate dueOn, List<String> standards,
                                Map<AgencyId, MemberId> leads) {
    public StartCycleCommand {
        standards = standards == null ? List.of() : standards.stream().map(Text::line)
                .filter(s -> s != null && !s.isBlank()).toList();
        leads = leads == null ? Map.of() : Map.copyOf(leads);
        new Check().text("title", title, "the cycle's title", 200)
                .present("dueOn", dueOn, "Give the day the agencies' self-assessments are due.")
                .that(!standards.isEmpty(), "standards", "Give at least one standard, one a line.")
                .that(standards.stream().allMatch(s -> s.length() <= 200), "standards",
                        "Keep each standard to 200 characters.")
                .that(standards.stream().distinct().count() == standards.size(), "standards",
                        "Each standard once.")
                .that(!leads.isEmpty(), "leads", "Name the lead of at least one agency.").done();
        title = Text.line(title);
    }
}
