package org.lscp.workspace.app.config;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
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
 * not found, or error), on Micrometer's global registry, which Spring Boot's Prometheus registry joins.
 */
final class UseCaseTransactions {
    private UseCaseTransactions() {
    }

    static <T> T wrap(Class<T> useCase, T service, PlatformTransactionManager transactionManager) {
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
                return invocation.proceed();
            } catch (ValidationException | ConcurrentChangeException e) {
                outcome = "refused";
                throw e;
            } catch (NotAuthorisedException e) {
                outcome = "not-allowed";
                throw e;
            } catch (NotFoundException e) {
                outcome = "not-found";
                throw e;
            } catch (RuntimeException | Error e) {
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
