package org.lscp.workspace.app.files;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.BoardReport;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.RecommendationCard;
import org.lscp.workspace.domain.board.port.out.BoardReportRenderer;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.shared.London;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The board report as an A4 PDF (OpenPDF): headline measures, charts, each recommendation's progress and measures
 * against their targets with the judgement at the meeting, the escalation summary and the flags. Standard PDF fonts
 * only, so "≥" and "≤" are written as words.
 */
@Component
class PdfBoardReportRenderer implements BoardReportRenderer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final Color BRAND = new Color(0x1a, 0x4a, 0x8a);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, BRAND);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, BRAND);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);

    @Override
    public byte[] render(BoardReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(report));
        document.addTitle("Board report " + report.meetingDate());
        document.addAuthor(report.partnershipName());
        document.open();
        BoardFigures f = report.dashboard().figures();
        var period = report.dashboard().filter().period();
        document.add(new Paragraph(text("Board report: " + report.partnershipName()), TITLE));
        document.add(new Paragraph("Board meeting of " + DAY.format(report.meetingDate()), HEADING));
        document.add(new Paragraph(text("Figures for contacts received " + DAY.format(period.from()) + " to "
                + DAY.format(period.to()) + (report.dashboard().filter().agency() == null ? ", all agencies" : ", "
                + report.dashboard().agencyNames().getOrDefault(report.dashboard().filter().agency(), "one agency"))
                + ". Every figure is counted from the records the agencies made in the workspace; none is typed in. "
                + "Generated " + MOMENT.format(report.generatedAt().atZone(London.ZONE)) + "."), SMALL));

        section(document, "1. Headline measures");
        PdfPTable headline = table(new float[] {3, 2});
        header(headline, "Measure", "Value");
        for (MeasureKind kind : MeasureKind.values()) row(headline, kind.label(), kind.of(f).display());
        row(headline, "Contacts received", String.valueOf(f.contacts()));
        row(headline, "Escalations raised / overdue", f.escalations().raised() + " / " + f.escalations().overdue());
        document.add(headline);

        section(document, "2. Charts");
        List<Bar> byRag = new ArrayList<>();
        f.decisionsInTimeByRag().forEach((rag, r) -> byRag.add(new Bar(rag.label(), r)));
        document.add(chart(writer, "Decisions within the RAG deadline, by RAG (%)", byRag));
        List<Bar> levels = new ArrayList<>();
        f.levelsInOrder().forEach((level, n) -> {
            if (n > 0) levels.add(new Bar(level.label(), new Ratio(n, f.decided())));
        });
        document.add(chart(writer, "Current decision levels (% of decided contacts)", levels));

        section(document, "3. The improvement plan: progress and measures against targets");
        for (RecommendationCard card : report.dashboard().cards()) {
            recommendation(document, card, report.judgements().get(card.recommendation().requireId()));
        }

        section(document, "4. Escalations");
        PdfPTable escalations = table(new float[] {3, 2});
        header(escalations, "Escalations raised in the period", "Count");
        row(escalations, "Raised", String.valueOf(f.escalations().raised()));
        f.escalations().byHighestStage().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> row(escalations, "Highest stage reached: " + e.getKey(), String.valueOf(e.getValue())));
        row(escalations, "Resolved at stage 1 or 2", f.escalationsResolvedEarly().display());
        row(escalations, "Open past the stage deadline", String.valueOf(f.escalations().overdue()));
        for (EscalationOutcome o : EscalationOutcome.values()) {
            row(escalations, "Outcome: " + o.label(), String.valueOf(f.escalations().outcomes().getOrDefault(o, 0L)));
        }
        f.escalations().byRaisingAgency().forEach((agency, n) -> row(escalations, "Raised by "
                + report.dashboard().agencyNames().getOrDefault(agency, "an agency"), String.valueOf(n)));
        document.add(escalations);

        section(document, "5. Flags on the period's contacts");
        PdfPTable flags = table(new float[] {3, 1, 1, 1});
        header(flags, "Flag", "Raised", "Open", "Resolved");
        for (FlagType type : FlagType.values()) {
            BoardFigures.FlagCounts c = f.flags().getOrDefault(type, new BoardFigures.FlagCounts(0, 0, 0));
            row(flags, type.label(), String.valueOf(c.raised()), String.valueOf(c.open()), String.valueOf(c.resolved()));
        }
        document.add(flags);
        document.close();
        return out.toByteArray();
    }

    private static void recommendation(Document document, RecommendationCard card, AssuranceJudgement judgement) {
        Paragraph title = new Paragraph(text(card.recommendation().number() + ". " + card.recommendation().text()),
                BOLD);
        title.setSpacingBefore(8);
        document.add(title);
        document.add(new Paragraph(text(card.source() + ". Actions: " + card.actions().complete() + " of "
                + card.actions().total() + " complete, " + card.actions().overdue() + " overdue."), SMALL));
        if (!card.measures().isEmpty()) {
            PdfPTable measures = table(new float[] {4, 1.4f, 2, 1});
            header(measures, "Success measure", "Target", "Now", "RAG");
            for (MeasureResult m : card.measures()) {
                row(measures, m.measure().measure(), m.measure().target(),
                        m.computed() ? m.current().display() : "reported outside the workspace",
                        m.rag() == null ? "-" : m.rag().label());
            }
            document.add(measures);
        }
        document.add(new Paragraph(text(judgement == null ? "No assurance judgement at this meeting."
                : "Judgement (board of " + DAY.format(judgement.meetingDate()) + "): " + judgement.level().label()
                + ". " + judgement.commentary()), BODY));
    }

    private record Bar(String label, Ratio value) {
    }

    /** A horizontal bar chart drawn on the page (0–100%), each bar labelled with its value. */
    private static Image chart(PdfWriter writer, String title, List<Bar> bars) {
        float width = 480;
        float row = 18;
        float height = 24 + Math.max(1, bars.size()) * row;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        BaseFont font = BOLD.getCalculatedBaseFont(false);
        BaseFont plain = BODY.getCalculatedBaseFont(false);
        template.beginText();
        template.setFontAndSize(font, 10);
        template.setTextMatrix(0, height - 12);
        template.showText(text(title));
        template.endText();
        float y = height - 24 - row + 4;
        if (bars.isEmpty()) {
            template.beginText();
            template.setFontAndSize(plain, 9);
            template.setTextMatrix(0, y + 4);
            template.showText("No data for this period.");
            template.endText();
        }
        for (Bar bar : bars) {
            double percent = bar.value().noData() ? 0 : bar.value().percent();
            float length = (float) (260 * percent / 100.0);
            template.setColorFill(BRAND);
            template.rectangle(150, y, Math.max(1, length), row - 6);
            template.fill();
            template.setColorFill(Color.BLACK);
            template.beginText();
            template.setFontAndSize(plain, 9);
            template.setTextMatrix(0, y + 3);
            template.showText(text(bar.label()));
            template.setTextMatrix(150 + Math.max(1, length) + 6, y + 3);
            template.showText(text(bar.value().display()));
            template.endText();
            y -= row;
        }
        Image image = Image.getInstance(template);
        image.setSpacingBefore(6);
        image.setSpacingAfter(6);
        return image;
    }

    private static void section(Document document, String title) {
        Paragraph p = new Paragraph(title, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, String... cells) {
        for (String c : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(text(c), BOLD));
            cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf6));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static void row(PdfPTable table, String... cells) {
        for (String c : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(text(c), BODY));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    /** The standard fonts have no "≥" or "≤": say them. */
    static String text(String s) {
        return s.replace("≥", "at least").replace("≤", "at most").replace("\u2009", " ");
    }

    /** "Page n" and the meeting on every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final BoardReport report;

        Footer(BoardReport report) {
            this.report = report;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text(report.partnershipName() + " · board meeting " + DAY.format(report.meetingDate())
                            + " · page " + writer.getPageNumber()), SMALL), page.getWidth() / 2, 30, 0);
        }
    }

}
