package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.shared.ValidationException;

class AddEvidenceCommandTest {
    private static final String WRONG_TYPE = "Only PDF, Word (.docx), Excel (.xlsx), PNG and JPEG files can be added "
            + "as evidence. This file's content is none of these.";
    private static final String LINK = "Enter a web address starting with https:// or http://.";

    private static Map<String, String> errors(Runnable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).as("expected a ValidationException").isNotNull();
        return e.fieldErrors();
    }

    private static byte[] pdfOfSize(long size) {
        byte[] content = Arrays.copyOf(EvidenceFileTypeTest.PDF, (int) size);
        return content;
    }

    @Test
    void aLinkAlone() {
        var c = new AddEvidenceCommand("  Audit report ", null, "  https://northshire.example.org/audit  ", null, null);
        assertThat(c.title()).isEqualTo("Audit report");
        assertThat(c.summary()).isEmpty();
        assertThat(c.link()).isEqualTo("https://northshire.example.org/audit");
        assertThat(c.file()).isNull();
    }

    @Test
    void aFileAloneIsDescribedByItsContent() {
        var c = new AddEvidenceCommand("Audit", "Dip sample", null, " audit.pdf ", EvidenceFileTypeTest.PDF);
        assertThat(c.file()).isEqualTo(new EvidenceFile("audit.pdf", EvidenceFileType.PDF,
                EvidenceFileTypeTest.PDF.length));
        assertThat(new AddEvidenceCommand("Sheet", "", null, "  ", EvidenceFileTypeTest.xlsx()).file().fileName())
                .isEqualTo("evidence.xlsx");
        assertThat(new AddEvidenceCommand("Doc", "", null, "a".repeat(250) + ".docx", EvidenceFileTypeTest.docx())
                .file().fileName()).hasSize(200);
    }

    @Test
    void noLinkAndNoFileIsRefused() {
        assertThat(errors(() -> new AddEvidenceCommand("Audit", "", "  ", null, null)))
                .containsExactly(Map.entry("file", "Add a link or upload a file."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://northshire.example.org/x", "northshire.example.org",
            "https://", "file:///etc/passwd", "http://exa mple.org"})
    void aLinkThatIsNotAWebAddressIsRefused(String link) {
        assertThat(errors(() -> new AddEvidenceCommand("Audit", "", link, null, null)))
                .containsExactly(Map.entry("link", LINK));
    }

    @Test
    void aLinkOfMoreThan1000CharactersIsRefused() {
        String link = "https://northshire.example.org/" + "a".repeat(1_000);
        assertThat(errors(() -> new AddEvidenceCommand("Audit", "", link, null, null))).containsKey("link");
        assertThat(new AddEvidenceCommand("Audit", "", "HTTP://northshire.example.org/a", null, null).link())
                .isEqualTo("HTTP://northshire.example.org/a");
    }

    @Test
    void aFileOfExactly10MbIsAcceptedAndOneByteMoreIsRefused() {
        byte[] max = pdfOfSize(EvidenceFileType.MAX_BYTES);
        assertThat(new AddEvidenceCommand("Big", "", null, "big.pdf", max).file().size())
                .isEqualTo(EvidenceFileType.MAX_BYTES);
        assertThat(errors(() -> new AddEvidenceCommand("Too big", "", null, "big.pdf",
                pdfOfSize(EvidenceFileType.MAX_BYTES + 1))))
                .containsExactly(Map.entry("file", "The file is larger than 10 MB."));
    }

    @Test
    void aRenamedProgramIsRefusedWhateverItsName() {
        assertThat(errors(() -> new AddEvidenceCommand("Report", "", null, "report.pdf", EvidenceFileTypeTest.EXE)))
                .containsExactly(Map.entry("file", WRONG_TYPE));
        assertThat(errors(() -> new AddEvidenceCommand("Report", "", "https://example.org", "report.docx",
                EvidenceFileTypeTest.zip("readme.txt")))).containsExactly(Map.entry("file", WRONG_TYPE));
        assertThat(errors(() -> new AddEvidenceCommand("Report", "", null, "empty.pdf", new byte[0])))
                .containsExactly(Map.entry("file", WRONG_TYPE));
    }

    @Test
    void titleAndSummaryRules() {
        assertThat(errors(() -> new AddEvidenceCommand(" ", "s".repeat(2_001), "https://example.org", null, null)))
                .containsOnlyKeys("title", "summary")
                .containsEntry("title", "Enter a title.")
                .containsEntry("summary", "The summary must be 2,000 characters or fewer.");
        assertThat(new AddEvidenceCommand("t".repeat(200), "s".repeat(2_000), "https://example.org", null, null)
                .summary()).hasSize(2_000);
        assertThat(errors(() -> new AddEvidenceCommand("t".repeat(201), "", "https://example.org", null, null)))
                .containsOnlyKeys("title");
    }
}
