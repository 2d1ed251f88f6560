package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.EvidenceFiles;

class EvidenceFileTypeTest {
    static final byte[] PDF = EvidenceFiles.PDF;
    static final byte[] PNG = EvidenceFiles.PNG;
    static final byte[] JPEG = EvidenceFiles.JPEG;
    static final byte[] EXE = EvidenceFiles.EXE;

    static byte[] zip(String... entryNames) {
        return EvidenceFiles.zip(entryNames);
    }

    static byte[] docx() {
        return EvidenceFiles.docx();
    }

    static byte[] xlsx() {
        return EvidenceFiles.xlsx();
    }

    @Test
    void recognisesPdfPngAndJpegByTheirMagicBytes() {
        assertThat(EvidenceFileType.detect(PDF)).contains(EvidenceFileType.PDF);
        assertThat(EvidenceFileType.detect(PNG)).contains(EvidenceFileType.PNG);
        assertThat(EvidenceFileType.detect(JPEG)).contains(EvidenceFileType.JPEG);
    }

    @Test
    void recognisesWordAndExcelPackagesByTheirParts() {
        assertThat(EvidenceFileType.detect(docx())).contains(EvidenceFileType.DOCX);
        assertThat(EvidenceFileType.detect(xlsx())).contains(EvidenceFileType.XLSX);
    }

    @Test
    void aPlainZipIsRefused() {
        assertThat(EvidenceFileType.detect(zip("readme.txt", "data/report.csv"))).isEmpty();
    }

    @Test
    void anOfficePackageNeedsBothTheContentTypesAndTheMainPart() {
        assertThat(EvidenceFileType.detect(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
        assertThat(EvidenceFileType.detect(zip("word/document.xml"))).isEmpty();
        assertThat(EvidenceFileType.detect(zip("xl/workbook.xml"))).isEmpty();
    }

    @Test
    void aWindowsProgramIsRefused() {
        assertThat(EvidenceFileType.detect(EXE)).isEmpty();
    }

    @Test
    void emptyTruncatedAndCorruptContentIsRefused() {
        assertThat(EvidenceFileType.detect(new byte[0])).isEmpty();
        assertThat(EvidenceFileType.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceFileType.detect(Arrays.copyOf(PNG, 7))).isEmpty();
        assertThat(EvidenceFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(EvidenceFileType.detect(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
        assertThat(EvidenceFileType.detect(Arrays.copyOf(docx(), 40))).as("a cut-off package").isEmpty();
        assertThat(EvidenceFileType.detect("Just some text".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void mediaTypesAndExtensions() {
        assertThat(EvidenceFileType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(EvidenceFileType.JPEG.extension()).isEqualTo("jpg");
        assertThat(EvidenceFileType.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceFileType.XLSX.extension()).isEqualTo("xlsx");
        assertThat(EvidenceFileType.MAX_BYTES).isEqualTo(10 * 1024 * 1024);
    }
}
