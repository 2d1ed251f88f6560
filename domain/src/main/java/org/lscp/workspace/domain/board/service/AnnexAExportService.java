package org.lscp.workspace.domain.board.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.AnnexARow;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.out.AnnexAWriter;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.Role;

public final class AnnexAExportService implements AnnexAExportUseCase {
    private final BoardRepository board;
    private final AnnexAWriter writer;
    private final AccessLog accessLog;
    private final Audit auditor;

    public AnnexAExportService(BoardRepository board, AnnexAWriter writer, AccessLog accessLog, Audit auditor) {
        this.board = board;
        this.writer = writer;
        this.accessLog = accessLog;
        this.auditor = auditor;
    }

    @Override
    public byte[] xlsx(Actor actor, Period period) {
        List<AnnexARow> rows = rows(actor, period, "Lists 1, 3 and 5");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (AnnexAList list : AnnexAList.values()) sheets.put(list.sheet(), table(list, rows));
        return writer.xlsx(sheets);
    }

    @Override
    public byte[] csv(Actor actor, Period period, AnnexAList list) {
        return writer.csv(table(list, rows(actor, period, list.sheet())));
    }

    private List<AnnexARow> rows(Actor actor, Period period, String what) {
        boolean allowed = !actor.has(Role.BOARD_CHAIR) && actor.hasAny(Role.PARTNERSHIP_ADMIN, Role.MASH_MANAGER);
        accessLog.record(AccessLogEntry.of(actor, auditor.now(),
                "Annex A export, " + what + ", contacts received " + period.from() + " to " + period.to(), allowed));
        if (!allowed) {
            throw new NotAuthorisedException("Annex A names children: only the partnership's administrator or a MASH "
                    + "manager exports it.");
        }
        return board.annexA(actor.partnershipId(), period);
    }

    private static List<List<String>> table(AnnexAList list, List<AnnexARow> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(list.headers());
        for (AnnexARow row : rows) if (list.includes(row)) table.add(list.cells(row));
        return table;
    }
}
