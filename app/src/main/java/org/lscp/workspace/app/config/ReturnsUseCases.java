package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.board.service.MeasureCatalogueService;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.out.MeasureCatalogue;
import org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase;
import org.lscp.workspace.domain.returns.port.in.ReturnMeasuresUseCase;
import org.lscp.workspace.domain.returns.port.in.ReturnedFigures;
import org.lscp.workspace.domain.returns.port.out.DataReturnRepository;
import org.lscp.workspace.domain.returns.port.out.ReturnMeasureRepository;
import org.lscp.workspace.domain.returns.service.DataReturnService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Agency data returns and the measure catalogue: the admin defines the measures, agencies return their figures,
 * the board and the plan read them. One service behind each port; the use cases in one transaction each.
 */
@Configuration(proxyBeanMethods = false)
class ReturnsUseCases {

    /** Held, not registered as itself (it implements four ports), so each port below is one unambiguous bean. */
    record Returns(DataReturnService service) {
    }

    @Bean
    Returns returns(ReturnMeasureRepository measures, DataReturnRepository returns, AgencyDirectory agencies,
                    MemberDirectory members, Notifier notifier, Auditor auditor,
                    org.lscp.workspace.domain.shared.audit.AccessLog accessLog) {
        return new Returns(new DataReturnService(measures, returns, agencies, members, notifier, auditor,
                accessLog));
    }

    @Bean
    ReturnMeasuresUseCase returnMeasures(Returns returns, UseCaseTransactions tx) {
        return tx.wrap(ReturnMeasuresUseCase.class, returns.service());
    }

    @Bean
    DataReturnsUseCase dataReturns(Returns returns, UseCaseTransactions tx) {
        return tx.wrap(DataReturnsUseCase.class, returns.service());
    }

    /** How the board and the catalogue read the returns (joining their callers' transactions). */
    @Bean
    ReturnedFigures returnedFigures(Returns returns, UseCaseTransactions tx) {
        return tx.wrap(ReturnedFigures.class, returns.service());
    }

    @Bean
    Reminders returnReminders(Returns returns, UseCaseTransactions tx) {
        return tx.wrap(Reminders.class, returns.service());
    }

    @Bean
    MeasureCatalogue measureCatalogue(ReturnedFigures returned,
                                      org.lscp.workspace.domain.caseaudit.port.in.AuditedFigures audited) {
        return new MeasureCatalogueService(returned, audited);
    }
}
