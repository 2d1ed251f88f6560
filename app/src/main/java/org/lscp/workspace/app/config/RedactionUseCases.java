package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.redaction.port.out.ChildRecords;
import org.lscp.workspace.domain.redaction.port.out.KeptIdentifiers;
import org.lscp.workspace.domain.redaction.service.ChildIdentifierService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Child identifiers kept out of what a board chair reads. Each service is a bean behind its use-case interface, in
 * one transaction per use case (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class RedactionUseCases {

    /**
     * Children's identifiers in the free text a board chair reads: checked by the saving use cases, masked by the
     * reading ones (which join this transaction), kept with a reason from the forms.
     */
    @Bean
    ChildIdentifierUseCase childIdentifiers(ChildRecords records, KeptIdentifiers kept, Auditor auditor,
                                            UseCaseTransactions tx) {
        return tx.wrap(ChildIdentifierUseCase.class, new ChildIdentifierService(records, kept,
                auditor));
    }
}
