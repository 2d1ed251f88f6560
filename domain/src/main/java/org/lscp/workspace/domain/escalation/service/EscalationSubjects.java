package org.lscp.workspace.domain.escalation.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Who may see an escalation named by its subject ("escalation/7"), by the escalation's own rule: the two agencies'
 * practitioners and managers, the board chair and the administrator. Any other subject is refused.
 */
public final class EscalationSubjects implements SubjectAccess {
    private static final Pattern SUBJECT = Pattern.compile("escalation/(\\d{1,18})");
    private final EscalationRepository escalations;

    public EscalationSubjects(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @Override
    public List<Actor> whoMaySee(List<Actor> members, String subject) {
        Matcher m = SUBJECT.matcher(subject);
        if (members.isEmpty() || !m.matches()) return List.of();
        long id = Long.parseLong(m.group(1));
        if (!subject.equals(Change.escalation(id))) return List.of();
        return escalations.find(members.getFirst().partnershipId(), id)
                .map(e -> members.stream().filter(member -> EscalationRules.maySee(member, e)).toList())
                .orElse(List.of());
    }
}
