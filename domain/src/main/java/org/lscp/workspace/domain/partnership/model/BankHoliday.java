package org.lscp.workspace.domain.partnership.model;

import java.time.LocalDate;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/** A day the partnership does not count as a working day. */
public record BankHoliday(LocalDate day, String name) {
    public BankHoliday {
        new Check().present("day", day, "Enter the date.").text("name", name, "the holiday's name", 80).done();
        name = Text.line(name);
    }

    public AuditedView audited() {
        return new AuditedView("Bank holiday", day.toString(), Snapshot.of().with("date", day).with("name", name));
    }
}
