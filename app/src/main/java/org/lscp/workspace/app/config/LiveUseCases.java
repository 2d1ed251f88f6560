package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.comment.port.out.CommentRepository;
import org.lscp.workspace.domain.comment.service.CommentService;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.escalation.service.EscalationSubjects;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.service.ContactSubjects;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.lscp.workspace.domain.shared.change.ChangeSubscriptions;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.live.service.LiveChangesService;
import org.lscp.workspace.domain.live.service.PresenceService;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.notice.service.NoticeSender;
import org.lscp.workspace.domain.notice.service.NoticeService;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.plan.service.PlanSubjects;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Live updates and collaboration: changes, who has a record open, notices and notifications, comments. Each service
 * is a bean behind its use-case interface, in one transaction per use case (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class LiveUseCases {

    @Bean
    LiveChanges liveChanges(ChangeSubscriptions subscriptions) {
        return new LiveChangesService(subscriptions);
    }

    /** Who may see a record named by its subject (for comments, mentions and presence): each feature's own rule. */
    @Bean
    SubjectAccess subjectAccess(ContactRepository contacts, CheckRepository checks,
                                RecommendationRepository recommendations, ActionRepository actions,
                                EscalationRepository escalations, StrategyDiscussionRepository discussions) {
        return SubjectAccess.anyOf(new ContactSubjects(contacts, checks, discussions),
                new PlanSubjects(recommendations, actions),
                new EscalationSubjects(escalations));
    }

    @Bean
    Presence presence(PresenceRegistry registry, ChangePublisher changes, SubjectAccess access,
                      UseCaseTransactions tx) {
        return tx.wrap(Presence.class, new PresenceService(registry, changes, access));
    }

    @Bean
    Notices notices(NoticeRepository notices, ChangePublisher changes, Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(Notices.class, new NoticeService(notices, changes, auditor));
    }

    /** How features tell members: not a use case of its own, it runs inside the telling feature's transaction. */
    @Bean
    Notifier notifier(NoticeRepository notices, MemberDirectory members, ChangePublisher changes, Auditor auditor) {
        return new NoticeSender(notices, members, changes, auditor);
    }

    @Bean
    CommentUseCase comments(CommentRepository comments, MemberDirectory members, SubjectAccess access,
                            Notifier notifier, Auditor auditor, ChildIdentifierUseCase identifiers,
                            UseCaseTransactions tx) {
        return tx.wrap(CommentUseCase.class, new CommentService(comments, members, access,
                notifier, auditor, identifiers));
    }
}
