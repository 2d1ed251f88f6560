package org.lscp.workspace.app.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.lscp.workspace.domain.board.port.out.AnnexAWriter;
import org.springframework.stereotype.Component;

/**
 * Annex A files: an XLSX workbook with a sheet per list (fastexcel, streaming) or a CSV (UTF-8 with a byte-order
 * mark so Excel reads the codes right; Commons CSV). Every cell is text, as councils' files are, and none can run
 * as a formula: the CSV puts an apostrophe before a cell a spreadsheet would run, the workbook stores it as text in
 * the Text format (see {@link SpreadsheetCells}).
 */
@Component
class AnnexAFileWriter implements AnnexAWriter {
    @Override
    public byte[] xlsx(Map<String, List<List<String>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Safeguarding Partnership Workspace", "1.0");
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<List<String>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        String text = row.get(c);
                        ws.value(r, c, SpreadsheetCells.inWorkbook(text)); // a string cell: text, never a formula
                        if (SpreadsheetCells.runnable(text)) ws.style(r, c).format("@").set(); // stays text if edited
                    }
                }
                if (!rows.isEmpty()) ws.range(0, 0, 0, rows.getFirst().size() - 1).style().bold().set();
                ws.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] csv(List<List<String>> rows) {
        return SpreadsheetCells.csv(rows);
    }
}
