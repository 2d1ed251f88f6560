package org.lscp.workspace.domain.plan.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** The rule for an evidence file, wherever one is given: at most 10 MB, and one of these types by its content. */
    public static org.lscp.workspace.domain.shared.Check check(org.lscp.workspace.domain.shared.Check check,
                                                              String field, byte[] content) {
        return check.that(content.length <= MAX_BYTES, field, "The file is larger than 10 MB.")
                .that(content.length > MAX_BYTES || detect(content).isPresent(), field, "Only PDF, Word (.docx), "
                        + "Excel (.xlsx), PNG and JPEG files can be added as evidence. This file's content is none "
                        + "of these.");
    }

    /** The file's description: its name as given (or one for its type), its type by content, its size. */
    public static EvidenceFile describe(@org.jspecify.annotations.Nullable String fileName, byte[] content) {
        EvidenceFileType type = detect(content).orElseThrow();
        String name = org.lscp.workspace.domain.shared.Text.clean(fileName) == null ? "evidence." + type.extension()
                : fileName.strip();
        return new EvidenceFile(name.length() > 200 ? name.substring(0, 200) : name, type, content.length);
    }

    public static Optional<EvidenceFileType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of(PDF);
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return Optional.of(PNG);
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of(JPEG);
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) return officeDocument(content);
        return Optional.empty();
    }

    private static Optional<EvidenceFileType> officeDocument(byte[] content) {
        List<String> names = zipEntryNames(content);
        if (!names.contains("[Content_Types].xml")) return Optional.empty();
        if (names.contains("word/document.xml")) return Optional.of(DOCX);
        if (names.contains("xl/workbook.xml")) return Optional.of(XLSX);
        return Optional.empty();
    }

    /**
     * The entry names from a ZIP's central directory (read from the end of the file, as unzip does: streaming
     * readers fail on archives written with data descriptors). Empty when it is not a well-formed ZIP.
     */
    static List<String> zipEntryNames(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (buffer.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) return List.of();
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long position = Integer.toUnsignedLong(buffer.getInt(end + 16));
        List<String> names = new ArrayList<>();
        for (int n = 0; n < entries; n++) {
            if (position < 0 || position + 46 > zip.length || buffer.getInt((int) position) != 0x02014b50) {
                return List.of();
            }
            int p = (int) position;
            int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
            if (p + 46 + nameLength > zip.length) return List.of();
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            position = (long) p + 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
