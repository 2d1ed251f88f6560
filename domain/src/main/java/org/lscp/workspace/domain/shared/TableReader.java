package org.lscp.workspace.domain.shared;

/** Reads an uploaded CSV or XLSX file into a {@link Table}; an unreadable file is a ValidationException on "file". */
public interface TableReader {
    Table read(String fileName, byte[] content);
}
