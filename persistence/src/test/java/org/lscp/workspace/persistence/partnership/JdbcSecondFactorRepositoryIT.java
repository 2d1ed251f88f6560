package org.lscp.workspace.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.SecondFactorRepositoryContract;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SecondFactor;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC adapter passes the same contract as the fake, on MariaDB; and the secret is never stored as typed. */
@SpringBootTest
class JdbcSecondFactorRepositoryIT extends SecondFactorRepositoryContract {
    @Autowired SecondFactorRepository factors;
    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired MemberRepository members;
    @Autowired JdbcTemplate sql;
    @Autowired PlatformTransactionManager transactions;

    @Override
    protected SecondFactorRepository factors() {
        return factors;
    }

    @Override
    protected MemberId newMember() {
        return new TransactionTemplate(transactions).execute(s -> {
            PartnershipId p = partnerships.save(new Partnership(null, "F " + System.nanoTime(), "LA")).id();
            var agency = agencies.save(Agency.create(p, new SaveAgencyCommand("Police", AgencyKind.POLICE, true)));
            return members.save(Member.create(p, new SaveMemberCommand("Dan Price", "dan" + System.nanoTime()
                    + "@x.example", agency.requireId(), Set.of(Role.PRACTITIONER)), "hash")).requireId();
        });
    }

    @Test
    void theSecretIsEncryptedAtRestWithAFreshNonceEachTime() {
        MemberId m = newMember();
        factors.enrol(new SecondFactor(m, "JBSWY3DPEHPK3PXP", T, 1), List.of());
        String first = sql.queryForObject("select secret from member_second_factor where member_id = ?",
                String.class, m.value());
        factors.enrol(new SecondFactor(m, "JBSWY3DPEHPK3PXP", T, 1), List.of());
        String second = sql.queryForObject("select secret from member_second_factor where member_id = ?",
                String.class, m.value());
        assertThat(first).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP").isNotEqualTo(second);
        assertThat(factors.find(m).orElseThrow().secret()).isEqualTo("JBSWY3DPEHPK3PXP");
    }
}
