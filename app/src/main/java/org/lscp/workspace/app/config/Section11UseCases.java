package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.PlanActions;
import org.lscp.workspace.domain.section11.port.in.Section11UseCase;
import org.lscp.workspace.domain.section11.port.out.Section11Repository;
import org.lscp.workspace.domain.section11.service.Section11Service;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Section 11 self-assessments, in one transaction per use case. */
@Configuration(proxyBeanMethods = false)
class Section11UseCases {
    @Bean
    Section11UseCase section11(Section11Repository section11, AgencyDirectory agencies, MemberDirectory members,
                               ManageActionsUseCase actions, Auditor auditor, UseCaseTransactions tx) {
        // the plan's own use case, seen only as what it offers other features
        PlanActions planActions = actions::add;
        return tx.wrap(Section11UseCase.class, new Section11Service(section11, agencies, members, planActions,
                auditor));
    }
}
