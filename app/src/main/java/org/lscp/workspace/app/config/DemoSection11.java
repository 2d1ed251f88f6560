package org.lscp.workspace.app.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.section11.model.AnswerCommand;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.StartCycleCommand;
import org.lscp.workspace.domain.section11.port.in.Section11UseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Enfield's Section 11 cycle: five agencies' leads rate the ten standards with evidence, most met, some partly met
 * and one not met; the chair's panel accepts most and challenges health's safer recruitment, which health answers.
 * Through the use case, each step as its member on its day (days before today, so it holds on any day).
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
final class DemoSection11 {
    /** Each lead, and the ratings of the ten standards (M met, P partly met, N not met). */
    private static final Map<String, String> LEADS = new LinkedHashMap<>();

    static {
        LEADS.put("head.of.service@enfield.example", "MMMMMPMMPM");
        LEADS.put("police.manager@enfield.example", "MMPMPMMMMP");
        LEADS.put("health.head@enfield.example", "MMMPMMMMMM");
        LEADS.put("school@enfield.example", "MMPMMMPMNP");
        LEADS.put("earlyhelp@enfield.example", "MMMMMPMMMM");
    }

    private static final int HEALTH_CHALLENGED = 7; // safer recruitment
    private final Section11UseCase section11;
    private final MemberRepository members;
    private final HistoryClock clock;

    DemoSection11(Section11UseCase section11, MemberRepository members, Clock clock) {
        this.section11 = section11;
        this.members = members;
        this.clock = (HistoryClock) clock; // the workspace's clock in demo mode
    }

    void load() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), London.ZONE);
        Actor admin = actor("admin@enfield.example");
        Map<AgencyId, MemberId> leads = new LinkedHashMap<>();
        LEADS.keySet().forEach(e -> leads.put(actor(e).agencyId(), actor(e).memberId()));
        Cycle cycle = clock.at(at(today.minusDays(150)), () -> section11.startCycle(admin, new StartCycleCommand(
                "Section 11 self-assessment " + today.minusDays(150).getYear(), today.minusDays(60), Cycle.STANDARDS,
                leads)));
        int day = 0;
        for (var lead : LEADS.entrySet()) {
            Actor a = actor(lead.getKey());
            for (int i = 0; i < cycle.standards().size(); i++) {
                int standard = i;
                Rating rating = switch (lead.getValue().charAt(i)) {
                    case 'P' -> Rating.PARTLY_MET;
                    case 'N' -> Rating.NOT_MET;
                    default -> Rating.MET;
                };
                // health's safer recruitment rating comes with its audit as a file (the one the panel challenges)
                boolean withFile = a.agencyId().equals(actor("health.head@enfield.example").agencyId())
                        && standard == HEALTH_CHALLENGED;
                clock.run(at(today.minusDays(90 - day)), () -> section11.answer(a, cycle.requireId(),
                        new AnswerCommand(standard, rating, evidence(rating, cycle.standards().get(standard)), "",
                                withFile ? "safer-recruitment-audit.pdf" : null,
                                withFile ? pdf("Safer recruitment audit: 48 of 50 staff files complete") : null,
                                false, -1)));
            }
            day += 2;
        }
        Actor chair = actor("chair@enfield.example");
        Actor health = actor("health.head@enfield.example");
        var rated = section11.heatMap(chair, cycle.requireId());
        for (var lead : LEADS.keySet()) {
            Actor a = actor(lead);
            var row = rated.rows().stream().filter(r -> r.agency().equals(a.agencyId())).findFirst().orElseThrow();
            for (int i = 0; i < cycle.standards().size(); i++) {
                int standard = i;
                long version = row.cells().get(i).version();
                boolean challenge = a.memberId().equals(health.memberId()) && i == HEALTH_CHALLENGED;
                clock.run(at(today.minusDays(40)), () -> section11.review(chair, cycle.requireId(), a.agencyId(),
                        standard, version, !challenge, challenge ? "The evidence covers employed staff only: how are agency "
                                + "and bank staff checked?" : ""));
            }
        }
        clock.run(at(today.minusDays(30)), () -> section11.respond(health, cycle.requireId(), HEALTH_CHALLENGED,
                "Agency staff are checked by the framework agencies; we will audit a sample of their files this "
                        + "quarter."));
    }

    /** A one-page PDF saying the line given: the demo's evidence file. */
    static byte[] pdf(String line) {
        String text = "BT /F1 14 Tf 72 720 Td (" + line.replace("(", "[").replace(")", "]") + ") Tj ET";
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static String evidence(Rating rating, String standard) {
        return switch (rating) {
            case MET -> standard + ": policy in place, reviewed this year, and seen in practice in supervision files.";
            case PARTLY_MET -> standard + ": policy in place but not yet embedded; audit shows gaps in some teams.";
            case NOT_MET -> standard + ": no current arrangement; a plan is being drafted.";
        };
    }

    private static Instant at(LocalDate day) {
        return day.atTime(11, 0).atZone(London.ZONE).toInstant();
    }

    private Actor actor(String email) {
        return members.findByEmail(email).flatMap(m -> members.activeActor(m.requireId()))
                .orElseThrow(() -> new IllegalStateException("Demo member missing: " + email));
    }
}
