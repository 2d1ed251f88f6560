package org.lscp.workspace.domain.board.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.AnnexARow;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.out.AnnexAWriter;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.PageRequest;

class AnnexAExportServiceTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private Map<String, List<List<String>>> written;
    private final AnnexAWriter writer = new AnnexAWriter() {
        @Override
        public byte[] xlsx(Map<String, List<List<String>>> sheets) {
            written = sheets;
            return new byte[] {1};
        }

        @Override
        public byte[] csv(List<List<String>> rows) {
            written = Map.of("csv", rows);
            return String.valueOf(rows.size()).getBytes(StandardCharsets.UTF_8);
        }
    };
    private final AnnexAExportService service = new AnnexAExportService(world.board, writer, world.accessLog,
            world.auditor);
    private final Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private void rows() {
        world.board.setAnnexA(List.of(
                new AnnexARow("A", Gender.MALE, Ethnicity.WBRI, null, Instant.parse("2026-03-02T10:00:00Z"),
                        ContactSource.S6, ThresholdLevel.STRATEGY_DISCUSSION,
                        Instant.parse("2026-03-02T12:00:00Z"), null, Instant.parse("2026-03-02T12:00:00Z"), "", 1, 1, AnnexARow.Protection.NONE),
                new AnnexARow("B", Gender.FEMALE, Ethnicity.WBRI, null, Instant.parse("2026-03-03T10:00:00Z"),
                        ContactSource.S3F, ThresholdLevel.CHILD_IN_NEED_ASSESSMENT,
                        Instant.parse("2026-03-03T12:00:00Z"), null, null, "", 1, 0, AnnexARow.Protection.NONE),
                new AnnexARow("C", Gender.FEMALE, Ethnicity.WBRI, null, Instant.parse("2026-03-04T10:00:00Z"),
                        ContactSource.S3F, null, null, null, null, "", 0, 0, AnnexARow.Protection.NONE)));
    }

    @Test
    void theWorkbookHasASheetPerListWithItsContactsAndTheExportIsLogged() {
        rows();
        service.xlsx(world.adminA(), march);
        assertThat(written.keySet()).containsExactly("List 1 Contacts", "List 3 Referrals", "List 5 Section 47");
        assertThat(written.get("List 1 Contacts")).hasSize(4);
        assertThat(written.get("List 3 Referrals")).hasSize(3);
        assertThat(written.get("List 5 Section 47")).hasSize(2);
        assertThat(written.get("List 1 Contacts").getFirst()).isEqualTo(AnnexAList.LIST_1.headers());
        var log = world.accessLog.find(world.partnershipA(), PageRequest.first(5)).getFirst();
        assertThat(log.record()).isEqualTo("Annex A export, Lists 1, 3 and 5, contacts received 2026-03-01 to 2026-03-31");
        assertThat(log.allowed()).isTrue();
    }

    @Test
    void aCsvHoldsOneList() {
        rows();
        assertThat(new String(service.csv(world.mashManagerA(), march, AnnexAList.LIST_3), StandardCharsets.UTF_8))
                .isEqualTo("3");
    }

    @Test
    void theBoardChairAndPractitionersAreRefusedAndTheAttemptLogged() {
        assertThatThrownBy(() -> service.xlsx(world.boardChairA(), march)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.csv(world.practitionerA(), march, AnnexAList.LIST_1))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(world.accessLog.find(world.partnershipA(), PageRequest.first(5))).hasSize(2)
                .allSatisfy(e -> assertThat(e.allowed()).isFalse());
        assertThat(written).isNull();
    }
}
