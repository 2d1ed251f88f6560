package org.lscp.workspace.domain.plan.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted as evidence, recognised by their content — never by their name, so a renamed
 * program is refused. Office documents are ZIP packages told apart by the parts inside them.
 */
public enum EvidenceFileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private final String mediaType;
    private final String extension;

    EvidenceFileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    public static Optional<EvidenceFileType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of(PDF);
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return Optional.of(PNG);
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of(JPEG);
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) return officeDocument(content);
        return Optional.empty();
    }

    private static Optional<EvidenceFileType> officeDocument(byte[] content) {
        boolean types = false;
        Optional<EvidenceFileType> found = Optional.empty();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) types = true;
                if (name.equals("word/document.xml")) found = Optional.of(DOCX);
                if (name.equals("xl/workbook.xml")) found = Optional.of(XLSX);
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return types ? found : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
