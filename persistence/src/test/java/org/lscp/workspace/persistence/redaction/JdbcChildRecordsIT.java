package org.lscp.workspace.persistence.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.CurrentStage;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationAbout;
import org.lscp.workspace.domain.escalation.model.Raised;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.fixtures.ChildRecordsContract;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.redaction.port.out.ChildRecords;
import org.lscp.workspace.domain.redaction.port.out.KeptIdentifiers;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC adapter passes the same contract as the fake, on MariaDB; and the kept confirmations round-trip. */
@SpringBootTest
class JdbcChildRecordsIT extends ChildRecordsContract {
    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    @Autowired ChildRecords records;
    @Autowired KeptIdentifiers kept;
    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired MemberRepository members;
    @Autowired ContactRepository contacts;
    @Autowired EscalationRepository escalations;
    @Autowired JdbcTemplate sql;
    @Autowired PlatformTransactionManager transactions;

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    @Override
    protected ChildRecords records() {
        return records;
    }

    @Override
    protected PartnershipId newPartnership() {
        return tx().execute(s -> {
            PartnershipId p = partnerships.save(new Partnership(null, "R " + System.nanoTime(), "LA")).id();
            agencies.save(Agency.create(p, new SaveAgencyCommand("Police", AgencyKind.POLICE, true)));
            agencies.save(Agency.create(p, new SaveAgencyCommand("Health", AgencyKind.HEALTH, true)));
            return p;
        });
    }

    private List<AgencyId> agenciesOf(PartnershipId p) {
        return agencies.find(p, org.lscp.workspace.domain.partnership.model.AgencyFilter.NONE,
                org.lscp.workspace.domain.shared.PageRequest.first(5)).stream().map(Agency::requireId).toList();
    }

    @Override
    protected String contact(PartnershipId p, String childName, @Nullable LocalDate born, @Nullable String caseId) {
        AgencyId police = agenciesOf(p).getFirst();
        return tx().execute(s -> contacts.insert(Contact.received(p, new Receipt(T, police, ContactSource.S6,
                "PC Smith", Channel.PHONE, new MemberId(1)), new Child(caseId, childName, born, Gender.FEMALE,
                Ethnicity.WBRI, Disability.NOT_KNOWN), new Concern(Set.of(ConcernCategory.NEGLECT), false, "Summary",
                ConsentBasis.CONSENT_GIVEN, Rag.GREEN), T, Set.of()), 2026)).reference();
    }

    @Override
    protected void escalationAbout(PartnershipId p, String caseId) {
        List<AgencyId> two = agenciesOf(p);
        tx().executeWithoutResult(s -> escalations.insert(Escalation.raised(p, EscalationAbout.aCase(caseId),
                new Raised(two.get(0), two.get(1), new MemberId(1), "Dan Price", T, "Disputed", "Sought", null),
                CurrentStage.begun(EscalationStage.PRACTITIONERS, T, T), Set.of())));
    }

    @Test
    void theNameLookupUsesTheGeneratedWordIndexes() {
        PartnershipId p = newPartnership();
        contact(p, "Aisha S.", null, null);
        List<Map<String, Object>> first = sql.queryForList("explain select child_name from contact "
                + "where partnership_id = ? and child_first_word in ('aisha', 'review')", p.value());
        List<Map<String, Object>> last = sql.queryForList("explain select child_name from contact "
                + "where partnership_id = ? and child_last_word in ('sharma', 'review')", p.value());
        assertThat(first.getFirst().get("possible_keys").toString()).contains("ix_contact_child_first_word");
        assertThat(last.getFirst().get("possible_keys").toString()).contains("ix_contact_child_last_word");
        assertThat(sql.queryForObject("select child_first_word from contact where partnership_id = ?", String.class,
                p.value())).isEqualTo("Aisha");
        assertThat(sql.queryForObject("select child_last_word from contact where partnership_id = ?", String.class,
                p.value())).isEqualTo("S");
    }

}
