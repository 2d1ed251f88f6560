package org.lscp.workspace.domain.caseaudit.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit as a reader sees it: its cases with their grades, and the findings to improve. The child's name and the
 * contact's reference are there only for those who audit it (and the admin); a board chair sees "Case 3".
 */
public record ProgrammeView(AuditProgramme programme, List<CaseLine> cases, boolean seesChildren) {
    public ProgrammeView {
        cases = List.copyOf(cases);
    }

    /** Cases with a final grade (the moderator's where it changed the group's). */
    public long graded() {
        return cases.stream().filter(c -> c.grade() != null).count();
    }

    /** Graded cases by grade, outstanding first; a grade no case has is left out. */
    public java.util.Map<Grade, Long> byGrade() {
        java.util.Map<Grade, Long> counts = new java.util.EnumMap<>(Grade.class);
        cases.stream().filter(c -> c.grade() != null).forEach(c -> counts.merge(c.grade(), 1L, Long::sum));
        return counts;
    }

    public long goodOrBetter() {
        return cases.stream().filter(c -> c.grade() != null && c.grade().goodOrBetter()).count();
    }

    public long moderated() {
        return cases.stream().filter(CaseLine::moderated).count();
    }

    /** Cases whose grade the moderator changed, with a reason. */
    public long changedByModerator() {
        return cases.stream().filter(CaseLine::changedByModerator).count();
    }

    /** What the agencies said to improve, across its cases, each once, in case order. */
    public List<String> findings() {
        return cases.stream().flatMap(c -> c.toImprove().stream()).filter(t -> !t.isBlank()).distinct().toList();
    }

    public record CaseLine(long id, int number, @Nullable String reference, @Nullable String childName,
                           int agencies, int sectionsIn, @Nullable Grade grade, boolean moderated,
                           boolean changedByModerator, boolean reaudit, List<String> toImprove) {
        public CaseLine {
            toImprove = List.copyOf(toImprove);
        }
    }
}
