package org.lscp.workspace.app.config;

import java.util.List;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** Puts every method of a use case inside one transaction that rolls back on any exception. */
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
        proxy.addAdvice(new TransactionInterceptor(transactionManager, source));
        return useCase.cast(proxy.getProxy(UseCaseTransactions.class.getClassLoader()));
    }
}
