package org.lscp.workspace.domain.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.domain.shared.ValidationException;

class ChildIdentifierServiceTest {
    static final String TEXT = "Aisha S. (DOB 24/01/2022) was not seen.";
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private String reference;

    @BeforeEach
    void aChildInTheRecords() {
        world.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        reference = world.recording.record(world.mashManagerA(), new RecordContactCommand(
                world.clock.instant(), "Class teacher", Channel.PHONE, "123456", "Aisha S.",
                LocalDate.of(2022, 1, 24), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT), false,
                "Concern.", ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of())).reference();
    }

    @Test
    void savingTextThatIdentifiesAChildIsRefusedWithWhatWasFoundNextToTheField() {
        var refused = catchThrowableOfType(IdentifiesChildException.class,
                () -> world.childIdentifiers.check(world.leadOfficerA(), "text", TEXT));
        assertThat(refused).isInstanceOf(ValidationException.class);
        assertThat(refused.fieldErrors()).containsExactly(Map.entry("text", "This seems to identify a child "
                + "(\u201cAisha S.\u201d, \u201c24/01/2022\u201d). Remove it, or keep it with a reason."));
        assertThat(refused.texts()).containsExactly(TEXT);
        assertThat(refused.found()).containsExactly("Aisha S.", "24/01/2022");
    }

    @Test
    void allFieldsOfAFormAreCheckedWithOneLookupAndBlankOnesPass() {
        int before = world.childRecords.lookups();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("disputed", "Seen under 123456 yesterday");
        texts.put("outcomeSought", "A strategy discussion");
        texts.put("immediateRiskReason", null);
        texts.put("learning", "Ask about " + reference + ".");
        var refused = catchThrowableOfType(IdentifiesChildException.class,
                () -> world.childIdentifiers.check(world.practitionerA(), texts));
        assertThat(refused.fieldErrors()).containsOnlyKeys("disputed", "learning");
        assertThat(refused.found()).containsExactly("123456", reference);
        assertThat(world.childRecords.lookups()).isEqualTo(before + 1);
        assertThatCode(() -> world.childIdentifiers.check(world.practitionerA(), "text", "  ")).doesNotThrowAnyException();
        assertThatCode(() -> world.childIdentifiers.check(world.practitionerA(), "text",
                "Panel met on 24/01/2022 about Helen Brooks's audit")).doesNotThrowAnyException();
    }

    @Test
    void keepingNeedsAReasonIsAuditedAndLetsTheSameMembersSameTextThroughForAnHour() {
        var officer = world.leadOfficerA();
        var noReason = catchThrowableOfType(ValidationException.class,
                () -> world.childIdentifiers.keep(officer, List.of(TEXT), " "));
        assertThat(noReason.fieldErrors()).containsOnlyKeys("reason");
        var tooLong = catchThrowableOfType(ValidationException.class,
                () -> world.childIdentifiers.keep(officer, List.of(TEXT), "x".repeat(501)));
        assertThat(tooLong.fieldErrors().get("reason")).contains("500 characters");

        world.childIdentifiers.keep(officer, List.of(TEXT), "The board asked for this case by name.");
        AuditEntry audited = world.auditLog.all().getLast();
        assertThat(audited.entityType()).isEqualTo("Child identifier kept");
        assertThat(audited.after()).contains("The board asked for this case by name.").doesNotContain("Aisha");

        assertThatCode(() -> world.childIdentifiers.check(officer, "text", TEXT)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(IdentifiesChildException.class,
                () -> world.childIdentifiers.check(world.adminA(), "text", TEXT))).as("another member").isNotNull();
        assertThat(catchThrowableOfType(IdentifiesChildException.class,
                () -> world.childIdentifiers.check(officer, "text", TEXT + " "))).as("other text").isNotNull();
        world.clock.advance(Duration.ofMinutes(61));
        assertThat(catchThrowableOfType(IdentifiesChildException.class,
                () -> world.childIdentifiers.check(officer, "text", TEXT))).as("an hour later").isNotNull();
    }

    @Test
    void readersWhoMayNotSeeChildrenGetTheTextMaskedInOneLookupPerBatch() {
        List<String> texts = new ArrayList<>();
        texts.add(TEXT);
        texts.add(null);
        texts.add("Nothing to hide.");
        int before = world.childRecords.lookups();
        assertThat(world.childIdentifiers.forReader(world.boardChairA(), texts))
                .containsExactly("[child] (DOB [child]) was not seen.", null, "Nothing to hide.");
        assertThat(world.childRecords.lookups()).isEqualTo(before + 1);
        assertThat(world.childIdentifiers.forReader(world.leadOfficerA(), TEXT)).isEqualTo(
                "[child] (DOB [child]) was not seen.");
        assertThat(world.childIdentifiers.forReader(world.mashManagerA(), texts)).isEqualTo(texts);
        assertThat(world.childIdentifiers.forReader(world.practitionerA(), TEXT)).isEqualTo(TEXT);
        assertThat(world.childRecords.lookups()).as("no lookup for those who see children").isEqualTo(before + 2);
    }
}
