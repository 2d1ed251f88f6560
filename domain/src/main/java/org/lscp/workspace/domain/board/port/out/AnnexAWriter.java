package org.lscp.workspace.domain.board.port.out;

import java.util.List;
import java.util.Map;

/** Writes tables as files: one workbook with a sheet per table, or one CSV. */
public interface AnnexAWriter {
    /** Sheet name → header row and data rows, in order. */
    byte[] xlsx(Map<String, List<List<String>>> sheets);

    /** Header row first. */
    byte[] csv(List<List<String>> rows);
}
