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
import org.lscp.workspace.domain.plan.model.Target;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Rag;
import org.jspecify.annotations.Nullable;
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
 * The board report as an A4 PDF (OpenPDF): a one-page summary for the board (off track and why, drifting, improving,
 * judgements due, escalations at stage 4), then headline measures against their targets, the charts the dashboard
 * shows, each recommendation (those needing the board first, with their overdue actions and latest progress) with
 * its measures and the judgement at the meeting, the escalation summary and the flags. Standard PDF fonts
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

        summary(document, report);
        document.newPage();

        section(document, "2. Headline measures");
        PdfPTable headline = table(new float[] {3, 1.3f, 2, 1});
        header(headline, "Measure", "Target", "Value", "RAG");
        for (MeasureKind kind : MeasureKind.values()) {
            var target = report.dashboard().targetFor(kind);
            var rag = target.flatMap(SuccessMeasure::goal)
                    .flatMap(t -> t.rag(kind.of(f).orNull(), kind.higherIsBetter()));
            row(headline, kind.label(), target.map(SuccessMeasure::target).orElse("-"), kind.of(f).display(),
                    rag.map(Rag::label).orElse("-"));
        }
        row(headline, "Contacts received", "-", String.valueOf(f.contacts()), "-");
        row(headline, "Escalations raised / overdue", "-", f.escalations().raised() + " / " + f.escalations().overdue(),
                "-");
        document.add(headline);

        section(document, "3. Charts");
        Target timely = report.dashboard().targetFor(MeasureKind.DECISIONS_IN_TIME).flatMap(SuccessMeasure::goal)
                .orElse(null);
        List<Bar> byRag = new ArrayList<>();
        f.decisionsInTimeByRag().forEach((rag, r) -> byRag.add(new Bar(rag.label() + " contacts", r, timely)));
        document.add(chart(writer, "Decisions within the deadline, by the contact's RAG (%)", byRag, timely));
        List<Bar> bySource = new ArrayList<>();
        f.decisionsInTimeBySource().forEach((g, r) -> bySource.add(new Bar(g.label(report.dashboard().agencyNames()),
                r, timely)));
        document.add(chart(writer, "Decisions within the deadline, by source (%)", bySource, timely));
        List<Bar> levels = new ArrayList<>();
        f.levelsInOrder().forEach((level, n) -> {
            if (n > 0) levels.add(new Bar(level.label(), new Ratio(n, f.decided()), (Rag) null));
        });
        document.add(chart(writer, "Current decision levels (% of decided contacts)", levels, null));

        section(document, "4. The improvement plan: what needs the board first, then the rest");
        for (RecommendationCard card : report.dashboard().cards()) {
            recommendation(document, card, report.judgements().get(card.recommendation().requireId()));
        }

        section(document, "5. Escalations");
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

        section(document, "6. Flags on the period's contacts");
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

    /** The first page: what is off track and why, what is drifting or improving, judgements due, stage 4. */
    private static void summary(Document document, BoardReport report) {
        var d = report.dashboard();
        section(document, "1. Summary for the board");
        List<RecommendationCard> red = d.offTrack();
        List<RecommendationCard> drifting = d.needingTheBoard().stream().filter(c -> !c.offTrack()).toList();
        document.add(new Paragraph(text(red.size() + " off track, " + drifting.size() + " drifting, "
                + d.improving().size() + " improving; " + plural(d.judgementsDue().size(), "judgement") + " due; "
                + plural(d.atPartnership().size(), "escalation") + " waiting on the chair."), BOLD));
        list(document, "Off track (red)", red, true);
        list(document, "Drifting (amber, or a measure worse two periods running)", drifting, true);
        // what waits on the chair comes before the good news, so the first page always holds it
        subheading(document, "Escalations waiting on the chair (stage 4)");
        if (d.atPartnership().isEmpty()) document.add(new Paragraph("None.", BODY));
        for (var e : d.atPartnership()) {
            document.add(new Paragraph(text("\u2022 " + e.reference() + ": " + d.agencyNames().getOrDefault(
                    e.raisingAgency(), "an agency") + " challenges " + d.agencyNames().getOrDefault(
                    e.respondingAgency(), "an agency") + "; answer due " + MOMENT.format(
                    e.stageDeadline().atZone(London.ZONE)) + "."), BODY));
        }
        list(document, "Judgements due (evidenced, awaiting the board's assurance)", d.judgementsDue(), false);
        subheading(document, "Improving (a measure better two periods running)");
        document.add(new Paragraph(text(d.improving().isEmpty() ? "None." : String.join(", ", d.improving().stream()
                .map(RecommendationCard::source).toList()) + "."), BODY));
    }

    /** Reasons per recommendation in the summary; all of them follow in its own section. */
    private static final int SUMMARY_REASONS = 2;

    private static void list(Document document, String title, List<RecommendationCard> cards, boolean why) {
        subheading(document, title);
        if (cards.isEmpty()) document.add(new Paragraph("None.", BODY));
        for (RecommendationCard c : cards) {
            // the summary fits its page: two reasons each, the rest in the recommendation's own section
            List<String> reasons = c.verdict().reasons();
            String why2 = String.join("; ", reasons.subList(0, Math.min(SUMMARY_REASONS, reasons.size())))
                    + (reasons.size() > SUMMARY_REASONS ? "; and " + plural(reasons.size() - SUMMARY_REASONS,
                    "more reason") : "");
            document.add(new Paragraph(text("\u2022 " + c.source() + ": " + shorten(c.recommendation().text(), 90)
                    + (why && !reasons.isEmpty() ? " \u2014 " + why2 + "." : "")), BODY));
        }
    }

    private static void subheading(Document document, String title) {
        Paragraph p = new Paragraph(text(title), BOLD);
        p.setSpacingBefore(6);
        document.add(p);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
    }

    private static void recommendation(Document document, RecommendationCard card, AssuranceJudgement judgement) {
        Paragraph title = new Paragraph(text(card.source() + " \u2014 " + card.recommendation().text()), BOLD);
        title.setSpacingBefore(8);
        document.add(title);
        document.add(new Paragraph(text("RAG: " + card.rag().label() + (card.worsening() ? ", worsening" : "")
                + (card.verdict().reasons().isEmpty() ? "" : " \u2014 " + String.join("; ", card.verdict().reasons()))
                + ". Actions: " + card.actions().complete() + " of " + card.actions().total() + " complete, "
                + card.actions().overdue() + " overdue."), SMALL));
        if (card.reasons() != null) {
            for (var late : card.reasons().overdue()) {
                document.add(new Paragraph(text("Overdue since " + DAY.format(late.due()) + ": " + late.description()
                        + " (lead " + late.leadName() + ")."), BODY));
            }
            var note = card.reasons().latestProgress();
            document.add(new Paragraph(text(note == null ? "No progress recorded on its actions yet."
                    : "Latest progress (" + MOMENT.format(note.at().atZone(London.ZONE)) + ", " + note.byName() + "): "
                    + note.text()), BODY));
        }
        if (!card.measures().isEmpty()) {
            PdfPTable measures = table(new float[] {3.2f, 1.2f, 2.4f, 2.6f, 0.9f});
            header(measures, "Success measure", "Target", "Now", "From", "RAG");
            for (MeasureResult m : card.measures()) {
                row(measures, m.measure().measure(), m.measure().target(), m.standing().value(),
                        m.provenance() + (m.warning() == null || m.current().noData() ? "" : ". " + m.warning()),
                        m.rag() == null ? "-" : m.rag().label());
            }
            document.add(measures);
        }
        document.add(new Paragraph(text(judgement == null ? "No assurance judgement at this meeting."
                : "Judgement (board of " + DAY.format(judgement.meetingDate()) + "): " + judgement.level().label()
                + ". " + judgement.commentary()), BODY));
    }

    private record Bar(String label, Ratio value, @Nullable Rag rag) {
        Bar(String label, Ratio value, @Nullable Target target) {
            this(label, value, target == null ? null : target.rag(value.orNull(), true).orElse(null));
        }
    }

    /**
     * A horizontal bar chart drawn on the page (0–100%), each bar labelled with its value and, against a target, its
     * RAG in words (colour is never the only cue) and the target as a dashed line — as on the screen.
     */
    private static final float BAR_X = 200;
    private static final float BAR_SPAN = 170;

    private static Image chart(PdfWriter writer, String title, List<Bar> bars, @Nullable Target target) {
        float width = 500;
        float row = 18;
        float height = 36 + Math.max(1, bars.size()) * row;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        BaseFont font = BOLD.getCalculatedBaseFont(false);
        BaseFont plain = BODY.getCalculatedBaseFont(false);
        template.beginText();
        template.setFontAndSize(font, 10);
        template.setTextMatrix(0, height - 12);
        template.showText(text(title));
        template.endText();
        float y = height - 36 - row + 4;
        if (bars.isEmpty()) {
            template.beginText();
            template.setFontAndSize(plain, 9);
            template.setTextMatrix(0, y + 4);
            template.showText("No data for this period.");
            template.endText();
        }
        for (Bar bar : bars) {
            double percent = bar.value().noData() ? 0 : bar.value().percent();
            float length = (float) (BAR_SPAN * percent / 100.0);
            template.setColorFill(bar.rag() == null ? BRAND : switch (bar.rag()) {
                case RED -> new Color(0xc6, 0x28, 0x28);
                case AMBER -> new Color(0xb8, 0x6e, 0x00);
                default -> new Color(0x2e, 0x7d, 0x32);
            });
            template.rectangle(BAR_X, y, Math.max(1, length), row - 6);
            template.fill();
            template.setColorFill(Color.BLACK);
            template.beginText();
            template.setFontAndSize(plain, 8);
            template.setTextMatrix(0, y + 3);
            template.showText(text(shorten(bar.label(), 46)));
            template.setFontAndSize(plain, 9);
            template.setTextMatrix(BAR_X + BAR_SPAN + 8, y + 3);
            template.showText(text(bar.value().display() + (bar.rag() == null ? "" : " - " + bar.rag().label())));
            template.endText();
            y -= row;
        }
        if (target != null) {
            float x = (float) (BAR_X + BAR_SPAN * target.value() / 100.0);
            template.setLineDash(4, 2, 0);
            template.setLineWidth(1);
            template.moveTo(x, y + row - 2);
            template.lineTo(x, height - 22);
            template.stroke();
            template.beginText();
            template.setFontAndSize(plain, 8);
            template.setTextMatrix(x - 30, height - 30);
            template.showText("Target " + (target.upperBound(true) ? "at most " : "at least ") + Math.round(target.value())
                    + "%");
            template.endText();
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
