package org.lscp.workspace.domain.caseaudit.model;

import org.lscp.workspace.domain.frontdoor.model.SampleFilter;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * A themed multi-agency case audit: the recommendations it tests, the period its sample is drawn from, when the
 * group meets, its auditors (from several agencies) and its moderator.
 */
public record AuditProgramme(@Nullable Long id, PartnershipId partnershipId, String title, AuditTheme theme,
                             Set<RecommendationId> recommendations, LocalDate sampleFrom, LocalDate sampleTo,
                             SampleFilter sample, LocalDate meetsOn, Set<MemberId> auditors, MemberId moderator, long version)
        implements Audited {
    public AuditProgramme {
        recommendations = Set.copyOf(recommendations);
        auditors = Set.copyOf(auditors);
        sample = sample == null ? SampleFilter.NONE : sample;
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("programme not saved yet");
        return id;
    }

    public AuditProgramme with(SaveProgrammeCommand c) {
        return new AuditProgramme(id, partnershipId, c.title(), c.theme(), c.recommendations(), c.sampleFrom(),
                c.sampleTo(), c.sample(), c.meetsOn(), c.auditors(), c.moderator(), version);
    }

    /** An auditor or the moderator: they see the children in its cases. */
    public boolean auditedBy(MemberId member) {
        return auditors.contains(member) || moderator.equals(member);
    }

    @Override public String auditType() { return "Case audit"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("title", title).with("theme", theme.label())
                .with("recommendations", recommendations.stream().map(RecommendationId::value).sorted().toList())
                .with("sample from", sampleFrom).with("sample to", sampleTo)
                .with("sample only rated", sample.rag() == null ? "" : sample.rag().name())
                .with("sample only from", sample.source() == null ? "" : sample.source().value()).with("meets on", meetsOn)
                .with("auditors", auditors.stream().map(MemberId::value).sorted().toList())
                .with("moderator", moderator);
    }
}
