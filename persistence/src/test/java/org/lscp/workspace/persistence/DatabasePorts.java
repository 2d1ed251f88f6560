package org.lscp.workspace.persistence;

import java.util.function.Supplier;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.redaction.port.out.KeptIdentifiers;
import org.lscp.workspace.domain.board.port.out.JudgementRepository;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.escalation.port.out.EscalationSettings;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.settings.port.out.SettingsRepository;
import org.lscp.workspace.domain.comment.port.out.CommentRepository;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database adapters of the test's application context, for the domain's port contracts. */
public final class DatabasePorts implements Ports {
    private final ApplicationContext context;

    public DatabasePorts(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public PartnershipRepository partnerships() {
        return context.getBean(PartnershipRepository.class);
    }

    @Override
    public AgencyRepository agencies() {
        return context.getBean(AgencyRepository.class);
    }

    @Override
    public MemberRepository members() {
        return context.getBean(MemberRepository.class);
    }

    @Override
    public LoginThrottleRepository throttles() {
        return context.getBean(LoginThrottleRepository.class);
    }

    @Override
    public AuditLog auditLog() {
        return context.getBean(AuditLog.class);
    }

    @Override
    public ContactRepository contacts() {
        return context.getBean(ContactRepository.class);
    }

    @Override
    public DecisionRepository decisions() {
        return context.getBean(DecisionRepository.class);
    }

    @Override
    public FlagRepository flags() {
        return context.getBean(FlagRepository.class);
    }

    @Override
    public CheckRepository checks() {
        return context.getBean(CheckRepository.class);
    }

    @Override
    public InspectionRepository inspections() {
        return context.getBean(InspectionRepository.class);
    }

    @Override
    public RecommendationRepository recommendations() {
        return context.getBean(RecommendationRepository.class);
    }

    @Override
    public ActionRepository actions() {
        return context.getBean(ActionRepository.class);
    }

    @Override
    public BankHolidayRepository holidays() {
        return context.getBean(BankHolidayRepository.class);
    }

    @Override
    public EscalationRepository escalations() {
        return context.getBean(EscalationRepository.class);
    }

    @Override
    public org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository discussions() {
        return context.getBean(org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository.class);
    }

    @Override
    public CommentRepository comments() {
        return context.getBean(CommentRepository.class);
    }

    @Override
    public NoticeRepository notices() {
        return context.getBean(NoticeRepository.class);
    }

    @Override
    public SingleSignOnRepository singleSignOn() {
        return context.getBean(SingleSignOnRepository.class);
    }

    @Override
    public SettingsRepository settings() {
        return context.getBean(SettingsRepository.class);
    }

    @Override
    public FrontDoorSettings frontDoorSettings() {
        return context.getBean(FrontDoorSettings.class);
    }

    @Override
    public EscalationSettings escalationSettings() {
        return context.getBean(EscalationSettings.class);
    }

    @Override
    public AccessLog accessLog() {
        return context.getBean(AccessLog.class);
    }

    @Override
    public JudgementRepository judgements() {
        return context.getBean(JudgementRepository.class);
    }

    @Override
    public org.lscp.workspace.domain.returns.port.out.ReturnMeasureRepository returnMeasures() {
        return context.getBean(org.lscp.workspace.domain.returns.port.out.ReturnMeasureRepository.class);
    }

    @Override
    public org.lscp.workspace.domain.returns.port.out.DataReturnRepository dataReturns() {
        return context.getBean(org.lscp.workspace.domain.returns.port.out.DataReturnRepository.class);
    }

    @Override
    public org.lscp.workspace.domain.caseaudit.port.out.CaseAuditRepository caseAudits() {
        return context.getBean(org.lscp.workspace.domain.caseaudit.port.out.CaseAuditRepository.class);
    }

    @Override
    public org.lscp.workspace.domain.section11.port.out.Section11Repository section11() {
        return context.getBean(org.lscp.workspace.domain.section11.port.out.Section11Repository.class);
    }

    @Override
    public KeptIdentifiers keptIdentifiers() {
        return context.getBean(KeptIdentifiers.class);
    }

    @Override
    public <T> T tx(Supplier<T> work) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(s -> work.get());
    }
}
