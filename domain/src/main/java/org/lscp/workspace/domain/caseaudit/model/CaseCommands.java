package org.lscp.workspace.domain.caseaudit.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/** What auditors write on a case; each validates itself. */
public final class CaseCommands {
    private CaseCommands() {
    }

    /** An agency's section. */
    public record Section(String knew, String did, String goodPractice, String toImprove) {
        public Section {
            new Check().longText("knew", knew, "what your agency knew of the child", 4_000)
                    .longText("did", did, "what your agency did", 4_000)
                    .optionalLongText("goodPractice", goodPractice, "the good practice", 4_000)
                    .optionalLongText("toImprove", toImprove, "what should improve", 4_000).done();
            knew = Text.block(knew);
            did = Text.block(did);
            goodPractice = Text.block(goodPractice) == null ? "" : Text.block(goodPractice);
            toImprove = Text.block(toImprove) == null ? "" : Text.block(toImprove);
        }
    }

    /** The group's grades: every domain and overall, with the rationale. */
    public record Grades(Map<AuditDomain, Grade> domains, @Nullable Grade overall, String rationale) {
        public Grades {
            domains = domains == null ? Map.of() : Map.copyOf(domains);
            Check check = new Check();
            for (AuditDomain d : AuditDomain.values()) {
                check.present(d.name(), domains.get(d), "Grade " + d.label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            check.present("overall", overall, "Grade the practice overall.")
                    .longText("rationale", rationale, "the rationale for the grades", 4_000).done();
            rationale = Text.block(rationale);
        }
    }
}
