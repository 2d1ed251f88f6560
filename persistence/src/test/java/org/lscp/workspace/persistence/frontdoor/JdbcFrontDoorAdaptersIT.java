package org.lscp.workspace.persistence.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.context.ApplicationContext;
import org.lscp.workspace.domain.fixtures.FrontDoorContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The front-door adapters on MariaDB, each test committing for real (the reference counter needs it): the contract the
 * fakes pass too, and what only the database shows (concurrent submissions, foreign keys, the access log's own
 * transaction, the settings rows).
 */
@SpringBootTest
class JdbcFrontDoorAdaptersIT extends FrontDoorContract {
    @Autowired ApplicationContext context;
    @Autowired PlatformTransactionManager transactions;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }

    @Test
    void referencesAreUniqueAndGapFreeUnderConcurrentSubmissionsEvenWithRollbacks() throws Exception {
        // four at once: a year's first submission takes a second connection to create the counter row, and the test
        // pool has eight (eight threads could all hold one and wait for a second until the pool times out)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            boolean rollBack = i % 10 == 3;
            work.add(() -> {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    Contact saved = contacts.insert(contact(police, "K" + System.nanoTime(), Rag.GREEN, NOON,
                            NOON.plusSeconds(3600)), 2026);
                    if (rollBack) status.setRollbackOnly();
                    else committed.add(saved.reference());
                });
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(work)) f.get();
        pool.shutdown();

        assertThat(committed).hasSize(72).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 72; n++) expected.add("C-2026-%06d".formatted(n));
        assertThat(committed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Autowired org.lscp.workspace.domain.partnership.port.out.MemberRepository members;
    @Autowired org.lscp.workspace.domain.plan.port.out.InspectionRepository inspections;
    @Autowired org.lscp.workspace.domain.plan.port.out.RecommendationRepository recommendations;

    @Test
    void contactsKeepTheRecommendationsTheyAreRecordedAgainst() {
        var rec = tx(() -> {
            var lead = members.save(org.lscp.workspace.domain.partnership.model.Member.create(enfield,
                    new org.lscp.workspace.domain.partnership.model.SaveMemberCommand("Helen Brooks",
                            "helen" + System.nanoTime() + "@enfield.example", police.requireId(),
                            Set.of(org.lscp.workspace.domain.shared.Role.LEAD_OFFICER)), "hash"));
            var inspection = inspections.save(org.lscp.workspace.domain.plan.model.Inspection.create(enfield,
                    new org.lscp.workspace.domain.plan.model.SaveInspectionCommand("Ofsted",
                            org.lscp.workspace.domain.plan.model.InspectionType.FOCUSED_VISIT, "Visit",
                            LocalDate.of(2018, 9, 11), null, null, List.of(), "", "")));
            return recommendations.save(org.lscp.workspace.domain.plan.model.Recommendation.create(enfield,
                    new org.lscp.workspace.domain.plan.model.SaveRecommendationCommand(inspection.requireId(), 1,
                            "Progress disclosures", org.lscp.workspace.domain.plan.model.Theme.THRESHOLDS,
                            lead.requireId(), Set.of(), List.of())));
        });
        Contact c = contact(police, "E1", Rag.RED, NOON, NOON);
        Contact linked = insert(c.withRecommendations(Set.of(rec.requireId())));
        insert(contact(police, "E1", Rag.GREEN, NOON, NOON));

        assertThat(contacts.find(enfield, linked.requireId()).orElseThrow().recommendations())
                .containsExactly(rec.requireId());
        assertThat(contacts.forChild(enfield, "E1")).extracting(x -> x.recommendations().size())
                .containsExactlyInAnyOrder(1, 0);
    }
}
