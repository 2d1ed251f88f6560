package org.lscp.workspace.app.live;

import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.lscp.workspace.domain.shared.change.ChangeSubscriptions;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A change adapter: publishes the domain's changes and delivers them to this instance's open views. */
public interface ChangeBus extends ChangePublisher, ChangeSubscriptions {
    /**
     * Runs {@code send} once the current transaction has committed (never for a rolled-back write), or at once
     * outside a transaction: a change is only ever told once it is true.
     */
    static void afterCommit(Runnable send) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
