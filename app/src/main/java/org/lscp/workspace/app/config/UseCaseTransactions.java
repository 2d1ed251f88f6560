package org.lscp.workspace.app.config;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.StorageUnavailableException;
import org.lscp.workspace.domain.shared.ValidationException;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Puts every method of a use case inside one transaction that rolls back on any exception, and times it for the
 * operators: {@code workspace.use.case} (tags: use case, method, outcome — ok, refused for its input, not allowed,
 * not found, database unavailable, or error), on Micrometer's global registry, which Spring Boot's Prometheus registry
 * joins. A database that does not answer (no connection within the pool's timeout, or a connection lost) reaches the
 * caller as {@link StorageUnavailableException}: plain words for the member, and nothing saved, as the transaction
 * rolled back.
 */
@org.springframework.stereotype.Component
public final class UseCaseTransactions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UseCaseTransactions.class);

    private final PlatformTransactionManager transactionManager;
    private final long retryNanos;
    private final java.util.function.LongSupplier nanoTime;
    /** Whether the last use case on this instance could not reach the database (and none has reached it since). */
    private volatile boolean away;
    /** While away: when the next use case may try the database again (the others answer at once meanwhile). */
    private final java.util.concurrent.atomic.AtomicLong nextTry = new java.util.concurrent.atomic.AtomicLong();

    @org.springframework.beans.factory.annotation.Autowired
    public UseCaseTransactions(PlatformTransactionManager transactionManager,
                               @org.springframework.beans.factory.annotation.Value(
                                       "${workspace.database.try-again-after:2s}") java.time.Duration tryAgainAfter) {
        // real time, as the pool's own timeouts: how long the database has been away is not a rule of the domain
        this(transactionManager, tryAgainAfter, System::nanoTime);
    }

    UseCaseTransactions(PlatformTransactionManager transactionManager, java.time.Duration tryAgainAfter,
                        java.util.function.LongSupplier nanoTime) {
        this.transactionManager = transactionManager;
        this.retryNanos = tryAgainAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Whether the last use case on this instance could not reach the database (and none has reached it since):
     * background work, such as refreshing an open page, waits rather than holding the page for the pool's timeout.
     */
    public boolean databaseAway() {
        return away;
    }

    /**
     * While the database is away, one use case at a time tries it again, at most once every
     * {@code workspace.database.try-again-after} (2 s); every other use case answers at once that it is not
     * answering, rather than each waiting the pool's timeout (3 s) — so a member's page, and the requests queued
     * behind it in the same session, are not held by an outage the instance already knows about.
     */
    private void admit() {
        if (!away) return;
        long now = nanoTime.getAsLong();
        long due = nextTry.get();
        if (now - due < 0 || !nextTry.compareAndSet(due, now + retryNanos)) {
            throw new StorageUnavailableException(null);
        }
    }

    private void reached() {
        away = false;
    }

    private void notReached() {
        nextTry.set(nanoTime.getAsLong() + retryNanos);
        away = true;
    }

    /**
     * Whether a failure means the database could not be reached: no connection to be had (the pool's timeout, or a
     * transaction that could not begin) or a connection that broke under a statement.
     */
    static boolean databaseNotAnswering(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern POOL = java.util.regex.Pattern.compile("total=(\\d+)");

    /**
     * Whether the pool timed out while it held connections to the database (the database answers; the workspace is
     * busy: "total=20, active=18, idle=2, waiting=63" when connections are handed back just too late), rather than
     * because no connection could be made at all ("total=0"). Only the latter is the database being away.
     */
    static boolean everyConnectionInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException && t.getMessage() != null) {
                var pool = POOL.matcher(t.getMessage());
                if (pool.find()) return Integer.parseInt(pool.group(1)) > 0;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    <T> T wrap(Class<T> useCase, T service) {
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        attribute.setRollbackRules(List.of(new RollbackRuleAttribute(Exception.class)));
        MatchAlwaysTransactionAttributeSource source = new MatchAlwaysTransactionAttributeSource();
        source.setTransactionAttribute(attribute);
        ProxyFactory proxy = new ProxyFactory(service);
        proxy.setInterfaces(useCase);
        proxy.addAdvice((org.aopalliance.intercept.MethodInterceptor) invocation -> {
            Timer.Sample sample = Timer.start(Metrics.globalRegistry);
            String outcome = "ok";
            try {
                admit();
                Object result = invocation.proceed();
                reached();
                return result;
            } catch (StorageUnavailableException e) {
                outcome = "unavailable"; // answered at once: the database is known to be away
                throw e;
            } catch (ValidationException | ConcurrentChangeException
                     | org.lscp.workspace.domain.shared.TooManyRequestsException e) {
                outcome = "refused";
                throw e;
            } catch (NotAuthorisedException e) {
                outcome = "not-allowed";
                throw e;
            } catch (NotFoundException e) {
                outcome = "not-found";
                throw e;
            } catch (RuntimeException e) {
                if (databaseNotAnswering(e)) {
                    boolean busy = everyConnectionInUse(e);
                    outcome = busy ? "busy" : "unavailable";
                    if (!busy) notReached();
                    LOG.warn("{}.{}: {} ({})", useCase.getSimpleName(), invocation.getMethod().getName(),
                            busy ? "every database connection is in use" : "the database is not answering",
                            rootMessage(e));
                    throw busy ? StorageUnavailableException.busy(e) : new StorageUnavailableException(e);
                }
                outcome = "error";
                throw e;
            } catch (Error e) {
                outcome = "error";
                throw e;
            } finally {
                sample.stop(Metrics.timer("workspace.use.case", "use_case", useCase.getSimpleName(),
                        "method", invocation.getMethod().getName(), "outcome", outcome));
            }
        });
        proxy.addAdvice(new TransactionInterceptor(transactionManager, source));
        return useCase.cast(proxy.getProxy(UseCaseTransactions.class.getClassLoader()));
    }
}
