package org.lscp.workspace.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.model.AssuranceLevel;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.BoardReport;
import org.lscp.workspace.domain.board.model.Dashboard;
import org.lscp.workspace.domain.board.model.EscalationCounts;
import org.lscp.workspace.domain.board.model.GroupCounts;
import org.lscp.workspace.domain.board.model.SourceGroup;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.RecommendationCard;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/** The board report's PDF, rendered page by page and read back as text. */
class PdfBoardReportRendererTest {
    private static final PartnershipId P = new PartnershipId(1);
    private static final AgencyId POLICE = new AgencyId(7);

    private BoardReport report() {
        var figures = new BoardFigures(List.of(new GroupCounts(Rag.RED, SourceGroup.of(POLICE), 40, 40, 30, 12, 5, 38, 6, 4, 5, 3, 2)),
                Map.of(ThresholdLevel.EARLY_HELP, 20L, ThresholdLevel.STRATEGY_DISCUSSION, 5L),
                Map.of(FlagType.DISCLOSURE_NOT_PROGRESSED, new BoardFigures.FlagCounts(3, 1, 2)), new Ratio(30, 38),
                new EscalationCounts(6, Map.of(POLICE, 6L), Map.of(1, 3L, 2, 2L, 4, 1L), 4, 3, 1,
                        Map.of(EscalationOutcome.DECISION_CHANGED, 2L, EscalationOutcome.DECISION_UPHELD, 2L), 5),
                new BoardFigures.ActionCounts(12, 5, 2), BoardFigures.ProtectionCounts.NONE);
        var rec = new Recommendation(new RecommendationId(3), P, new InspectionId(1), 1,
                "Apply child protection thresholds appropriately for children at risk of significant harm.",
                Theme.THRESHOLDS, new MemberId(2), Set.of(), List.of(new SuccessMeasure(MeasureKind.DECISIONS_IN_TIME.ref(),
                "Decisions within timescale", "≥ 95%")), RecommendationStatus.IN_PROGRESS, 1);
        var card = new RecommendationCard(rec, "SIF 2015 \u00b7 1", new ActionTally(4, 2, 1, 0, 0, 0),
                List.of(new MeasureResult(rec.successMeasures().getFirst(), MeasureKind.DECISIONS_IN_TIME, true,
                        new Ratio(30, 40), List.of(), org.lscp.workspace.domain.plan.model.Rag.RED,
                        "Computed from the workspace's records", null)), null,
                new RecommendationCard.Reasons(List.of(new RecommendationCard.LateAction("Dip-sample red contacts weekly",
                        "Helen Brooks", LocalDate.of(2026, 11, 2))), null));
        var judgement = new AssuranceJudgement(1L, P, rec.requireId(), LocalDate.of(2026, 11, 24),
                AssuranceLevel.PARTIALLY_ASSURED, "Timeliness improving; red contacts still late.", new MemberId(9),
                "Geraldine Hart", Instant.parse("2026-11-24T15:00:00Z"));
        var dashboard = new Dashboard(new MeasureFilter(Period.yearTo(LocalDate.of(2026, 11, 24)), null), figures,
                Map.of(POLICE, "Metropolitan Police"), List.of(card), List.of());
        return new BoardReport("Enfield Safeguarding Children Partnership", LocalDate.of(2026, 11, 24), dashboard,
                Map.of(rec.requireId(), judgement), Instant.parse("2026-11-24T16:00:00Z"));
    }

    @Test
    void everySectionIsThereAndEveryPageRenders() throws Exception {
        byte[] pdf = new PdfBoardReportRenderer().render(report());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Board report: Enfield Safeguarding Children Partnership",
                    "Board meeting of 24 November 2026", "2. Headline measures", "Decisions within the RAG deadline",
                    "75% (30 of 40)", "3. Charts", "4. The improvement plan", "Apply child protection thresholds",
                    "at least 95%", "Red", "Partially assured", "Timeliness improving", "5. Escalations",
                    "Resolved at stage 1 or 2", "75% (3 of 4)", "Raised by Metropolitan Police", "6. Flags",
                    "Disclosure not progressed", "page 1", "Target at least 95%",
                    "Overdue since 2 November 2026: Dip-sample red contacts weekly (lead Helen Brooks)");
            String first = firstPage(document);
            assertThat(first).contains("1. Summary for the board", "1 off track, 0 drifting",
                    "Off track (red)", "SIF 2015 \u00b7 1: Apply child protection thresholds",
                    "Decisions within timescale: 75% (30 of 40) against a target of at least 95%",
                    "1 action overdue", "Judgements due", "Escalations waiting on the chair (stage 4)")
                    .doesNotContain("2. Headline measures");
            assertThat(text).doesNotContain("≥");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50);
                assertThat(image.getWidth()).isGreaterThan(100);
                assertThat(hasInk(image)).as("page %d has content", page + 1).isTrue();
            }
        }
    }

    @Test
    void aPeriodWithoutDataSaysSo() throws Exception {
        BoardReport full = report();
        var empty = new BoardFigures(List.of(), Map.of(), Map.of(), Ratio.NONE, EscalationCounts.NONE,
                BoardFigures.ActionCounts.NONE, BoardFigures.ProtectionCounts.NONE);
        BoardReport none = new BoardReport(full.partnershipName(), full.meetingDate(), new Dashboard(
                full.dashboard().filter(), empty, Map.of(), List.of(), List.of()), Map.of(), full.generatedAt());
        try (PDDocument document = Loader.loadPDF(new PdfBoardReportRenderer().render(none))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("no data", "No data for this period.").doesNotContain("NaN");
        }
    }

    private static String firstPage(PDDocument document) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static boolean hasInk(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) return true;
            }
        }
        return false;
    }
}
