package org.lscp.workspace.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.Table;
import org.lscp.workspace.domain.shared.ValidationException;

class SpreadsheetTableReaderTest {
    final SpreadsheetTableReader reader = new SpreadsheetTableReader();

    @Test
    void readsCsvWithAByteOrderMarkQuotedCommasAndBlankLines() {
        byte[] csv = ("\uFEFFRecommendation_Number,recommendation_text\n1,\"Apply thresholds, consistently\"\n\n"
                + "2,Reduce caseloads\n").getBytes(StandardCharsets.UTF_8);

        Table table = reader.read("plan.csv", csv);

        assertThat(table.hasHeader("recommendation_number")).isTrue();
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4);
        assertThat(table.rows().getFirst().get("recommendation_text")).isEqualTo("Apply thresholds, consistently");
        assertThat(table.rows().getFirst().get("RECOMMENDATION_NUMBER")).isEqualTo("1");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithDatesAsDayMonthYear() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Plan");
            sheet.value(0, 0, "recommendation_number");
            sheet.value(0, 1, "due_date");
            sheet.value(1, 0, 3);
            sheet.value(1, 1, LocalDate.of(2027, 1, 31));
            sheet.style(1, 1).format("dd/mm/yyyy").set();
        }

        Table table = reader.read("plan.xlsx", out.toByteArray());

        assertThat(table.headers()).containsExactly("recommendation_number", "due_date");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("recommendation_number")).isEqualTo("3");
            assertThat(row.get("due_date")).isEqualTo("31/01/2027");
        });
    }

    @Test
    void anEmptyFileIsExplained() {
        assertThatThrownBy(() -> reader.read("plan.csv", new byte[0])).isInstanceOf(ValidationException.class)
                .hasMessage("The file is empty.");
    }
}
