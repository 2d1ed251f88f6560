package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;

/**
 * Keeps an open view current: while it is attached it listens to its member's partnership, and when a change it
 * cares about arrives it refreshes through its own use cases (server push). Changes arriving together are
 * coalesced into one refresh, by default a quarter of a second later, well inside the two seconds members may wait.
 */
public final class LiveRefresh {
    private static final ScheduledExecutorService COALESCE = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-refresh");
        t.setDaemon(true);
        return t;
    });

    private LiveRefresh() {
    }

    public static void keep(Component view, LiveChanges live, CurrentActor current, Predicate<Change> which,
                            Runnable refresh) {
        keep(view, live, current, which, refresh, 250);
    }

    /**
     * As above, coalescing changes for {@code delayMillis}: a heavy view (the board's figures) refreshes at most
     * once in that time however busy the partnership is.
     */
    public static void keep(Component view, LiveChanges live, CurrentActor current, Predicate<Change> which,
                            Runnable refresh, long delayMillis) {
        keep(view, live, current, which, byOthers -> refresh.run(), delayMillis);
    }

    /**
     * As above, telling the refresh whether another member made any of the changes it shows (a page need not
     * announce the member's own change back to them, nor what the system did with it).
     */
    public static void keepTelling(Component view, LiveChanges live, CurrentActor current, Predicate<Change> which,
                                   java.util.function.Consumer<Boolean> refresh) {
        keep(view, live, current, which, refresh, 250);
    }

    private static void keep(Component view, LiveChanges live, CurrentActor current, Predicate<Change> which,
                             java.util.function.Consumer<Boolean> refresh, long delayMillis) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            var transactions = ui.getSession().getService().getInstantiator()
                    .getOrCreate(org.lscp.workspace.app.config.UseCaseTransactions.class);
            AtomicBoolean pending = new AtomicBoolean();
            AtomicBoolean byOthers = new AtomicBoolean();
            var actor = current.get();
            AutoCloseable listening = live.listen(actor, change -> {
                if (!which.test(change)) return;
                if (change.byAnotherMemberThan(actor.memberId())) byOthers.set(true);
                if (pending.compareAndSet(false, true)) {
                    COALESCE.schedule(() -> {
                        // with the database away a refresh would hold the page (its session's lock) for the pool's
                        // timeout, delaying the member's own clicks: the member's next action reads afresh instead
                        if (transactions.databaseAway()) {
                            pending.set(false);
                            return;
                        }
                        ui.access(() -> {
                            pending.set(false);
                            try {
                                refresh.accept(byOthers.getAndSet(false));
                            } catch (NotFoundException | NotAuthorisedException noLonger) {
                                // the member may no longer see what the page shows (the use case said so and
                                // logged it): load the page again, which replaces it with the page saying why
                                ui.getPage().reload();
                            }
                        });
                    }, delayMillis, TimeUnit.MILLISECONDS);
                }
            });
            view.addDetachListener(detach -> {
                try {
                    listening.close();
                } catch (Exception ignored) {
                    // nothing more will be delivered either way
                }
                detach.unregisterListener();
            });
        });
    }
}
