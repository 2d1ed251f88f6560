package org.lscp.workspace.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.lscp.workspace.domain.shared.change.ChangeSubscriptions;
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

    /**
     * Waits (up to 5 s) until {@code heard} holds {@code change}: asynchronous adapters deliver a moment later,
     * in-process ones have delivered already.
     */
    static void awaitHeard(List<Change> heard, Change change) {
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(change));
    }

    /**
     * Publishes {@code marker} from another thread (outside this thread's transaction) and waits for it: a change
     * that was going to arrive before it has arrived by then, so checking that something did not arrive means it.
     * (Each adapter delivers a publisher's changes in order.)
     */
    void awaitMarker(List<Change> heard, Change marker) throws Exception {
        Thread publisher = Thread.ofVirtual().start(() -> adapter().publish(marker));
        publisher.join();
        awaitHeard(heard, marker);
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
            awaitMarker(enfield, new Change(ENFIELD, "marker/1"));
            assertThat(enfield).as("nothing before the commit").containsExactly(new Change(ENFIELD, "marker/1"));
            TransactionSynchronizationUtils.triggerAfterCommit();
            TransactionSynchronizationManager.clearSynchronization();
            awaitHeard(enfield, new Change(ENFIELD, "contact/1"));
            awaitMarker(walthamForest, new Change(WALTHAM_FOREST, "marker/2"));
            assertThat(walthamForest).as("nothing of another partnership's")
                    .containsExactly(new Change(WALTHAM_FOREST, "marker/2"));
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
            awaitMarker(heard, new Change(ENFIELD, "marker/3"));
            assertThat(heard).containsExactly(new Change(ENFIELD, "marker/3"));
        }
    }

    @Test
    void outsideATransactionAChangeGoesAtOnceAndAClosedSubscriptionHearsNothing() throws Exception {
        var adapter = adapter();
        List<Change> heard = new CopyOnWriteArrayList<>();
        List<Change> witness = new CopyOnWriteArrayList<>();
        var subscription = adapter.subscribe(ENFIELD, heard::add);
        try (var stillOpen = adapter.subscribe(ENFIELD, witness::add)) {
            adapter.publish(new Change(ENFIELD, "escalation/3"));
            awaitHeard(heard, new Change(ENFIELD, "escalation/3"));
            subscription.close();
            adapter.publish(new Change(ENFIELD, "escalation/4"));
            awaitHeard(witness, new Change(ENFIELD, "escalation/4"));
            assertThat(heard).as("closed before escalation/4 reached the listeners that were still open")
                    .containsExactly(new Change(ENFIELD, "escalation/3"));
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws Exception {
        var adapter = adapter();
        List<Change> heard = new CopyOnWriteArrayList<>();
        try (var bad = adapter.subscribe(ENFIELD, c -> {
            throw new IllegalStateException("a closed view");
        }); var good = adapter.subscribe(ENFIELD, heard::add)) {
            adapter.publish(new Change(ENFIELD, "contact/5"));
            awaitHeard(heard, new Change(ENFIELD, "contact/5"));
            assertThat(heard).hasSize(1);
        }
    }
}
