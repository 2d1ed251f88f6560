package org.lscp.workspace.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.live.model.Change;
import org.lscp.workspace.domain.live.port.out.ChangePublisher;
import org.lscp.workspace.domain.live.port.out.ChangeSubscriptions;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * What every change adapter promises (run against each one): delivery after commit and never after a rollback,
 * only to the partnership's listeners, and none once a listener has closed its subscription.
 */
abstract class ChangesContract {
    static final PartnershipId ENFIELD = new PartnershipId(1);
    static final PartnershipId WALTHAM_FOREST = new PartnershipId(2);

    /** The adapter under test: one object that publishes and takes subscriptions. */
    abstract <T extends ChangePublisher & ChangeSubscriptions> T adapter();

    /** Waits (briefly) for asynchronous adapters to deliver; in-process ones have delivered already. */
    void settle() {
    }

    @AfterEach
    void clearTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aCommittedChangeReachesThePartnershipsListenersOnly() throws Exception {
        var adapter = adapter();
        List<Change> enfield = new CopyOnWriteArrayList<>();
        List<Change> walthamForest = new CopyOnWriteArrayList<>();
        try (var a = adapter.subscribe(ENFIELD, enfield::add); var b = adapter.subscribe(WALTHAM_FOREST, walthamForest::add)) {
            TransactionSynchronizationManager.initSynchronization();
            adapter.publish(new Change(ENFIELD, "contact/1"));
            settle();
            assertThat(enfield).as("nothing before the commit").isEmpty();
            TransactionSynchronizationUtils.triggerAfterCommit();
            TransactionSynchronizationManager.clearSynchronization();
            settle();
            assertThat(enfield).containsExactly(new Change(ENFIELD, "contact/1"));
            assertThat(walthamForest).isEmpty();
        }
    }

    @Test
    void aRolledBackChangeIsNeverDelivered() throws Exception {
        var adapter = adapter();
        List<Change> heard = new CopyOnWriteArrayList<>();
        try (var a = adapter.subscribe(ENFIELD, heard::add)) {
            TransactionSynchronizationManager.initSynchronization();
            adapter.publish(new Change(ENFIELD, "contact/2"));
            TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                    TransactionSynchronization.STATUS_ROLLED_BACK);
            TransactionSynchronizationManager.clearSynchronization();
            settle();
            assertThat(heard).isEmpty();
        }
    }

    @Test
    void outsideATransactionAChangeGoesAtOnceAndAClosedSubscriptionHearsNothing() throws Exception {
        var adapter = adapter();
        List<Change> heard = new CopyOnWriteArrayList<>();
        var subscription = adapter.subscribe(ENFIELD, heard::add);
        adapter.publish(new Change(ENFIELD, "escalation/3"));
        settle();
        assertThat(heard).containsExactly(new Change(ENFIELD, "escalation/3"));
        subscription.close();
        adapter.publish(new Change(ENFIELD, "escalation/4"));
        settle();
        assertThat(heard).hasSize(1);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws Exception {
        var adapter = adapter();
        List<Change> heard = new CopyOnWriteArrayList<>();
        try (var bad = adapter.subscribe(ENFIELD, c -> {
            throw new IllegalStateException("a closed view");
        }); var good = adapter.subscribe(ENFIELD, heard::add)) {
            adapter.publish(new Change(ENFIELD, "contact/5"));
            settle();
            assertThat(heard).hasSize(1);
        }
    }
}
