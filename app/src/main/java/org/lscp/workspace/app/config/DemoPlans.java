package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.shared.audit.Audit;
import static org.lscp.workspace.domain.plan.model.ActionStatus.AT_RISK;
import static org.lscp.workspace.domain.plan.model.ActionStatus.COMPLETE;
import static org.lscp.workspace.domain.plan.model.ActionStatus.NOT_STARTED;
import static org.lscp.workspace.domain.plan.model.ActionStatus.OFF_TRACK;
import static org.lscp.workspace.domain.plan.model.ActionStatus.ON_TRACK;
import static org.lscp.workspace.domain.plan.model.Judgement.GOOD;
import static org.lscp.workspace.domain.plan.model.Judgement.REQUIRES_IMPROVEMENT;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.ASSURED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.CLOSED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.EVIDENCED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.IN_PROGRESS;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.OPEN;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.AreaJudgement;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.StatusChange;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The demo improvement plans, drawn from the seeds: Enfield's 2015 single inspection (15 recommendations), its
 * 2018 focused visit and its 2019 inspection; Waltham Forest's March 2018 focused visit of the MASH. Written
 * through the outgoing ports directly, because demo actions need creation dates in the past, which the use
 * cases refuse. Dates of open actions are relative to today, so every demo has overdue actions, actions due
 * this week and later ones. Called once, when the partnership is first provisioned.
 */
final class DemoPlans {
    private static final String HELEN = "lead@enfield.example";
    private static final String GRACE = "earlyhelp@enfield.example";
    private static final String JOANNE = "mash.manager@walthamforest.example";
    private static final String OFSTED = "Ofsted";

    private final InspectionRepository inspections;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final MemberRepository members;
    private final AgencyRepository agencies;
    private final Auditor auditor;
    private final Clock clock;

    DemoPlans(InspectionRepository inspections, RecommendationRepository recommendations, ActionRepository actions,
              MemberRepository members, AgencyRepository agencies, Auditor auditor, Clock clock) {
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.actions = actions;
        this.members = members;
        this.agencies = agencies;
        this.auditor = auditor;
        this.clock = clock;
    }

    void load(PartnershipId partnership, String partnershipName) {
        Days t = new Days(LocalDate.now(clock.withZone(London.ZONE)));
        if (DemoData.ENFIELD.equals(partnershipName)) {
            new Writer(partnership, t, "https://intranet.enfield.example/", "chair@enfield.example")
                    .write(List.of(enfield2015(), enfield2018(t), enfield2019(t)));
        } else if (DemoData.WALTHAM_FOREST.equals(partnershipName)) {
            new Writer(partnership, t, "https://intranet.walthamforest.example/", "chair@walthamforest.example")
                    .write(List.of(walthamForest2018(t)));
        }
    }

    // ---------------------------------------------------------------------------------------------- Enfield

    private static Source enfield2015() {
        return new Source(InspectionType.SIF, "Single inspection of services for children in need of help and "
                + "protection, children looked after and care leavers, and review of the LSCB",
                d("2015-01-20"), d("2015-02-11"), d("2015-03-27"), List.of(
                new AreaJudgement("Overall effectiveness", GOOD),
                new AreaJudgement("Children who need help and protection", REQUIRES_IMPROVEMENT),
                new AreaJudgement("Children looked after and achieving permanence", GOOD),
                new AreaJudgement("Adoption performance", GOOD),
                new AreaJudgement("Experiences and progress of care leavers", GOOD),
                new AreaJudgement("Leadership, management and governance", GOOD),
                new AreaJudgement("Effectiveness of the Local Safeguarding Children Board", GOOD)), """
                - Senior managers and leaders have a strong track record of making significant improvements to the \
                lives of vulnerable children and young people.
                - Strong partner agency support and political commitment are making a positive difference to \
                children's outcomes.
                - The workforce strategy is highly effective. A determination to achieve manageable caseloads means \
                that social workers have time to get to know children and protect them more effectively.
                - Partnership arrangements ensure that children considered at high risk of sexual exploitation are \
                effectively safeguarded.
                - The voice of children and young people is given a high priority. Young people said their social \
                workers visit them regularly and listen to their views and concerns.
                - LSCB: thresholds are understood, embedded and applied well by partner agencies, supported by an \
                escalation policy that is well understood.
                - LSCB: the multi-agency training plan is comprehensive and well evaluated; annual section 11 audits \
                feature peer review and challenge.
                - LSCB: child sexual exploitation is a priority, with a clear link made between sexual exploitation, \
                children missing from home and care, and gang activity.""", """
                Ofsted made 15 recommendations: the first 11 from the inspection of children's services and the \
                final 4 from the review of the Local Safeguarding Children Board. They form the Enfield Ofsted \
                Improvement Plan, in which each recommendation has specific actions, timescales and named lead \
                officers. The plan addresses:
                - the oversight and scrutiny of senior managers, the safeguarding board and elected members;
                - data collection and performance management, relying on changes to Liquid Logic and to the \
                SPOE and MASH;
                - preventing child sexual exploitation and reducing associated risk factors;
                - the engagement of health in initial strategy discussions about children at risk of significant \
                harm;
                - the quality of care planning and pathway plans for children looked after.""", List.of(
                rec(1, Theme.THRESHOLDS, CLOSED, HELEN, "Social Care;Police;Integrated Care",
                        "Ensure that threshold decisions for children at risk of significant harm are consistently "
                                + "recorded with a clear rationale, and that concerns are progressed to a strategy "
                                + "discussion without delay.",
                        List.of(m("Contacts with a disclosure of abuse progressed to a strategy discussion", "100%"),
                                m("Decisions within timescale", "≥ 95%")),
                        done("Refresh the threshold guidance with partners and brief all referral and assessment "
                                        + "staff on recording the rationale for each decision.", HELEN,
                                "Social Care;Police", "2015-04-20", "2015-07-31", "2015-07-24",
                                ev("Threshold guidance briefings, July 2015", "audits/threshold-briefings-2015",
                                        "Content of and attendance at the briefings for referral and assessment "
                                                + "teams and partner agency leads."),
                                "Draft guidance shared with police and health leads for comment.",
                                "Briefings delivered to all referral and assessment teams; guidance published on "
                                        + "the intranet."),
                        done("Audit a sample of threshold decisions each quarter and report the findings to the "
                                        + "safeguarding board.", HELEN, "Social Care;Business Unit",
                                "2015-04-20", "2015-12-31", "2015-12-14",
                                ev("Quarterly threshold audit, Q3 2015", "audits/threshold-decisions-q3-2015",
                                        "Audit of threshold decisions with findings and actions, as reported to "
                                                + "the board."),
                                "First quarterly audit completed; findings shared with team managers.",
                                "Third quarterly audit reported to the board. Rationale recorded consistently in "
                                        + "the sample.")),
                rec(2, Theme.CASELOADS_WORKFORCE, CLOSED, HELEN, "Social Care;Business Unit",
                        "Sustain manageable caseloads for social workers in the referral and assessment teams as "
                                + "demand increases, through the workforce strategy.",
                        List.of(m("Average caseload in referral and assessment teams", "≤ 18 children")),
                        done("Report caseloads by team and worker to the senior management team each month.",
                                HELEN, "Social Care", "2015-04-27", "2015-06-30", "2015-06-26",
                                ev("Monthly caseload report, June 2015", "reports/caseloads-2015-06",
                                        "Caseloads by team and worker as presented to the senior management "
                                                + "team."),
                                "Report format agreed with the performance team.",
                                "First monthly report presented; teams above the agreed level identified."),
                        done("Recruit to vacant social work posts in the referral and assessment teams and reduce "
                                        + "reliance on agency staff.", HELEN, "Social Care",
                                "2015-04-27", "2016-03-31", "2016-03-18",
                                ev("Workforce report to the board, March 2016", "reports/workforce-2016-03",
                                        "Vacancies, agency staff and caseloads in the referral and assessment "
                                                + "teams."),
                                "Recruitment campaign launched for experienced social workers.",
                                "Two rounds of interviews held; most vacant posts offered to permanent staff.",
                                "Posts filled and caseloads within the agreed level for three months.")),
                rec(3, Theme.FRONT_DOOR, ASSURED, HELEN, "Social Care;Early Help",
                        "Improve the timeliness of case transfer when assessments are completed, so that children "
                                + "do not wait for the help set out in their plan.",
                        List.of(m("Cases transferred within 5 working days of the assessment", "≥ 90%")),
                        done("Agree a case transfer protocol between the referral and assessment teams, the "
                                        + "long-term teams and early help, with timescales.", HELEN,
                                "Social Care;Early Help", "2015-05-05", "2015-08-31", "2015-08-20",
                                ev("Case transfer protocol", "policies/case-transfer-protocol-2015",
                                        "Protocol agreed by the heads of service, with timescales for transfer."),
                                "Draft protocol discussed at the operational management group.",
                                "Protocol signed off by the heads of service and shared with all teams."),
                        done("Track step-downs from social care to early help each week and follow up any family "
                                        + "waiting more than five working days for an allocated worker.", GRACE,
                                "Early Help;Social Care", "2015-05-05", "2015-10-30", "2015-10-23",
                                ev("Early help transfer tracker, October 2015", "reports/early-help-transfers-2015-10",
                                        "Weekly tracker of step-downs to early help with waiting times."),
                                "Tracker set up and reviewed every Monday by the early help managers.",
                                "Waiting families followed up each week; tracker now part of the monthly "
                                        + "performance report.")),
                rec(4, Theme.ASSESSMENT_QUALITY, CLOSED, HELEN, "Social Care;North Middlesex;Schools",
                        "Improve the quality and consistency of assessments so that they analyse each child's "
                                + "individual needs and risks.",
                        List.of(m("Assessments completed within 45 working days", "≥ 90%"),
                                m("Audited assessments graded good or better", "≥ 80%")),
                        done("Deliver assessment and analysis training to all social workers and practice "
                                        + "managers.", HELEN, "Social Care", "2015-05-11", "2015-11-30",
                                "2015-11-20",
                                ev("Assessment and analysis training evaluation", "training/assessment-analysis-2015",
                                        "Attendance and evaluation of the assessment and analysis course."),
                                "Course commissioned; first cohort booked.",
                                "All cohorts trained; evaluation summarised for the workforce development group."),
                        done("Include partner agency contributions in the monthly case audit programme and give "
                                        + "feedback to practitioners.", HELEN, "Social Care;North Middlesex;Schools",
                                "2015-05-11", "2016-01-29", "2016-01-22",
                                ev("Case audit summary, January 2016", "audits/assessment-quality-2016-01",
                                        "Monthly audit of assessments including health and school contributions."),
                                "Audit tool revised to include partner contributions.",
                                "Audits completed for six months; learning shared at team meetings.")),
                rec(5, Theme.PLANNING, CLOSED, HELEN, "Social Care;Integrated Care",
                        "Improve the quality of care plans and pathway plans for children looked after and care "
                                + "leavers, so that they are specific, reviewed regularly and reflect the young "
                                + "person's views.",
                        List.of(m("Pathway plans reviewed within timescale", "≥ 95%"),
                                m("Audited care plans graded good or better", "≥ 80%")),
                        done("Introduce a revised pathway plan template developed with the children in care "
                                        + "council.", HELEN, "Social Care", "2015-05-18", "2015-10-30", "2015-10-16",
                                ev("Revised pathway plan template", "policies/pathway-plan-template-2015",
                                        "Template and guidance developed with young people."),
                                "Two workshops held with the children in care council.",
                                "Template live in Liquid Logic; guidance issued to personal advisers."),
                        done("Independent reviewing officers to quality assure every care plan at review and "
                                        + "escalate plans that are not specific.", HELEN, "Social Care",
                                "2015-05-18", "2016-02-26", "2016-02-19",
                                ev("Independent reviewing officer report, Q3 2015/16", "reports/iro-2015-q3",
                                        "Quality assurance of care plans at review, with escalations and outcomes."),
                                "Quality assurance checklist agreed with the independent reviewing officers.",
                                "Escalations reported quarterly; plans returned for amendment tracked to "
                                        + "completion.")),
                rec(6, Theme.MANAGEMENT_OVERSIGHT, ASSURED, HELEN, "Social Care;Early Help",
                        "Ensure that management oversight and supervision are regular, recorded on the child's "
                                + "file and show how decisions are made and reviewed.",
                        List.of(m("Management oversight within 1 working day of a decision", "≥ 90%"),
                                m("Supervision held within timescale", "≥ 95%")),
                        done("Publish a supervision policy with a recording template for case discussions.", HELEN,
                                "Social Care;Early Help", "2015-05-04", "2015-07-31", "2015-07-17",
                                ev("Supervision policy 2015", "policies/supervision-2015",
                                        "Policy and recording template for case supervision."),
                                "Policy drafted with the principal social worker.",
                                "Policy published and briefed to all team managers."),
                        done("Apply the supervision recording template in the early help teams.", GRACE,
                                "Early Help", "2015-06-01", "2015-09-30", "2015-09-25",
                                ev("Early help supervision audit, September 2015", "audits/early-help-supervision-2015",
                                        "Check of supervision records in early help against the new template."),
                                "Template introduced at the early help managers' meeting.",
                                "All early help teams using the template; spot check completed."),
                        done("Audit the recording of management oversight on case files each quarter.", HELEN,
                                "Social Care", "2015-05-04", "2016-01-29", "2016-01-15",
                                ev("Management oversight audit, Q3 2015/16", "audits/management-oversight-2015-q3",
                                        "Quarterly audit of recorded management oversight on children's files."),
                                "First quarterly audit found oversight recorded inconsistently in two teams.",
                                "Follow-up audit shows oversight recorded in the sample for all teams.")),
                rec(7, Theme.PERFORMANCE_DATA, EVIDENCED, HELEN, "Business Unit;Social Care;Police",
                        "Improve the range and accuracy of the performance data available to managers, including "
                                + "from the SPOE and MASH, so that they can manage practice effectively.",
                        List.of(m("Performance reports reconciled against case records", "100%")),
                        done("Configure Liquid Logic reports for the SPOE and MASH, funded from the Corporate IT Work "
                                        + "Plan Fund.", HELEN, "Business Unit;Social Care", "2015-06-01",
                                "2016-03-31", "2016-03-30",
                                ev("SPOE and MASH report specification", "reports/spoe-mash-reports-2016",
                                        "Specification and sign-off of the new front door reports."),
                                "Report requirements agreed with the corporate IT team.",
                                "Reports tested against a month of contacts; two fields corrected.",
                                "Reports live and in use at the weekly front door meeting."),
                        done("Run a monthly data quality check and correct recording errors with team managers.",
                                HELEN, "Social Care", "2015-06-01", "2015-12-18", "2015-12-11",
                                ev("Data quality check, December 2015", "audits/data-quality-2015-12",
                                        "Monthly data quality exceptions by team, with corrections made."),
                                "First check run; exceptions sent to team managers.",
                                "Monthly checks established; exceptions falling month on month.")),
                rec(8, Theme.EXPLOITATION, CLOSED, HELEN, "Police;Youth Justice;Schools",
                        "Continue to strengthen the response to child sexual exploitation, so that children at "
                                + "risk are identified early and their risk assessments are reviewed at multi-agency "
                                + "meetings.",
                        List.of(m("Children at risk of CSE with a current multi-agency risk assessment", "100%")),
                        done("Establish the child sexual exploitation team, part funded through the 2015/16 budget "
                                        + "and the Innovation Grant.", HELEN, "Social Care;Police", "2015-04-13",
                                "2015-09-30", "2015-09-14",
                                ev("CSE team establishment report", "reports/cse-team-2015",
                                        "Staffing, funding and referral route of the new CSE team."),
                                "Posts advertised; police liaison officer identified.",
                                "Team in post and taking referrals."),
                        done("Deliver child sexual exploitation awareness sessions to schools and youth justice "
                                        + "staff.", GRACE, "Schools;Youth Justice", "2015-06-01", "2015-12-18",
                                "2015-12-04",
                                ev("CSE awareness sessions, autumn term 2015", "training/cse-awareness-2015",
                                        "Sessions delivered to designated safeguarding leads and youth justice staff."),
                                "Sessions booked with secondary schools for the autumn term.",
                                "All planned sessions delivered; feedback positive.")),
                rec(9, Theme.FRONT_DOOR, CLOSED, HELEN, "Integrated Care;North Middlesex;Police",
                        "Improve the engagement of health professionals in initial strategy discussions about "
                                + "children at risk of significant harm.",
                        List.of(m("Strategy discussions with a health contribution", "≥ 95%")),
                        done("Agree with health partners a named contact for strategy discussions, with cover "
                                        + "arrangements.", HELEN, "Integrated Care;North Middlesex", "2015-05-05",
                                "2015-08-28", "2015-08-14",
                                ev("Health contacts for strategy discussions", "policies/health-strategy-contacts-2015",
                                        "Named health contacts and cover rota agreed with the designated nurse."),
                                "Proposal discussed with the designated nurse and the hospital safeguarding team.",
                                "Named contacts and cover rota in place."),
                        done("Audit attendance at strategy discussions by agency and report it to the board.",
                                HELEN, "Business Unit;Police", "2015-05-05", "2016-01-29", "2016-01-25",
                                ev("Strategy discussion attendance audit", "audits/strategy-discussions-2016-01",
                                        "Attendance at strategy discussions by agency over six months."),
                                "Attendance recorded for every strategy discussion from September.",
                                "Six-month audit reported to the board; health attendance improved.")),
                rec(10, Theme.THRESHOLDS, EVIDENCED, GRACE, "Early Help;Schools;Voluntary",
                        "Ensure that families stepped down from children's social care receive a timely early help "
                                + "offer, and that partners apply the early help threshold consistently.",
                        List.of(m("Families stepped down offered early help within 10 working days", "≥ 90%")),
                        done("Publish the early help offer for partners, with the referral route and the threshold "
                                        + "for early help.", GRACE, "Early Help;Schools;Voluntary", "2015-05-18",
                                "2015-09-30", "2015-09-28",
                                ev("Early help offer for partners", "policies/early-help-offer-2015",
                                        "The published early help offer and referral route."),
                                "Offer drafted with the voluntary sector forum.",
                                "Offer published and sent to every school and voluntary sector partner."),
                        done("Train school designated safeguarding leads on the early help assessment.", GRACE,
                                "Schools", "2015-05-18", "2016-03-24", "2016-03-11",
                                ev("Early help assessment training record", "training/early-help-assessment-2016",
                                        "Training sessions for designated safeguarding leads."),
                                "Termly sessions scheduled.",
                                "Sessions delivered in each term; most schools represented.")),
                rec(11, Theme.VOICE_OF_CHILD, CLOSED, GRACE, "Early Help;Social Care;Voluntary",
                        "Ensure that children's views and experiences are consistently recorded in assessments and "
                                + "plans, and show how they have influenced decisions.",
                        List.of(m("Audited assessments recording the child's views", "≥ 90%")),
                        done("Add a section for the child's views, in their own words, to the assessment and early "
                                        + "help templates.", GRACE, "Early Help;Social Care", "2015-05-26",
                                "2015-08-28", "2015-08-21",
                                ev("Revised assessment templates", "policies/child-views-templates-2015",
                                        "Assessment and early help templates with the child's views section."),
                                "Wording agreed with young people.",
                                "Templates updated in Liquid Logic and the early help system."),
                        done("Report to the board what children have said through the children in care council and "
                                        + "early help feedback.", GRACE, "Voluntary;Business Unit", "2015-05-26",
                                "2015-12-18", "2015-12-10",
                                ev("Children's voice report to the board, December 2015",
                                        "reports/childrens-voice-2015",
                                        "Summary of children's feedback and the changes made in response."),
                                "Feedback gathered from the children in care council and early help families.",
                                "Report presented to the board; young people attended to present it.")),
                rec(12, Theme.GOVERNANCE, CLOSED, HELEN, "Business Unit;Police;Integrated Care",
                        "The LSCB should strengthen its oversight and scrutiny of the improvement plan, receiving "
                                + "regular progress reports and challenging partners where actions are not "
                                + "delivered.",
                        List.of(m("Board meetings receiving a progress report on the plan", "100%")),
                        done("Make the improvement plan a standing item at every board meeting, with a RAG-rated "
                                        + "progress report.", HELEN, "Business Unit", "2015-04-20", "2015-07-16",
                                "2015-07-16",
                                ev("Board minutes, July 2015", "board/minutes-2015-07",
                                        "Minutes recording the first progress report on the plan."),
                                "Report format agreed with the board chair.",
                                "First progress report received and challenged by the board."),
                        done("Report progress to Cabinet and the Overview and Scrutiny Committee.", HELEN,
                                "Business Unit", "2015-04-20", "2015-11-30", "2015-11-18",
                                ev("Overview and Scrutiny Committee report", "reports/scrutiny-2015-11",
                                        "Progress report on the improvement plan for elected members."),
                                "Cabinet noted the plan in June.",
                                "Progress report considered by the Overview and Scrutiny Committee.")),
                rec(13, Theme.PERFORMANCE_DATA, ASSURED, HELEN, "Business Unit;Police;Integrated Care",
                        "The LSCB should develop a multi-agency performance dataset so that it can evaluate how "
                                + "effectively partners safeguard children.",
                        List.of(m("Statutory partners contributing to the quarterly dataset", "3 of 3")),
                        done("Agree the multi-agency dataset with the police and health and publish it each "
                                        + "quarter.", HELEN, "Business Unit;Police;Integrated Care", "2015-05-11",
                                "2015-12-31", "2015-12-17",
                                ev("Multi-agency dataset, Q2 2015/16", "board/dataset-2015-q2",
                                        "Quarterly dataset with contributions from all three statutory partners."),
                                "Indicators agreed with each statutory partner.",
                                "First full quarterly dataset published."),
                        done("Present the dataset to the board's performance sub-group with exceptions "
                                        + "highlighted.", HELEN, "Business Unit", "2015-06-01", "2016-02-29",
                                "2016-02-25",
                                ev("Performance sub-group minutes, February 2016", "board/performance-2016-02",
                                        "Minutes showing exceptions discussed and actions assigned."),
                                "Exception report format agreed.",
                                "Sub-group reviewing exceptions each quarter with named owners.")),
                rec(14, Theme.GOVERNANCE, CLOSED, HELEN, "Business Unit;Schools;Probation",
                        "The LSCB should ensure that findings from section 11 audits and multi-agency audits lead to "
                                + "measurable improvement, and evaluate the impact of learning from serious case "
                                + "reviews.",
                        List.of(m("Section 11 audit actions completed within timescale", "≥ 90%")),
                        done("Track section 11 audit actions by agency and report exceptions to the board.", HELEN,
                                "Business Unit;Probation", "2015-05-18", "2015-10-30", "2015-10-22",
                                ev("Section 11 action tracker", "audits/section-11-tracker-2015",
                                        "Section 11 actions by agency with progress and exceptions."),
                                "Tracker set up from the 2014 section 11 returns.",
                                "Exceptions reported to the board; agencies with late actions challenged."),
                        done("Evaluate the impact of serious case review training through follow-up surveys of "
                                        + "practitioners.", HELEN, "Business Unit;Schools", "2015-05-18", "2016-03-31",
                                "2016-03-23",
                                ev("Serious case review training evaluation", "training/scr-evaluation-2016",
                                        "Three-month follow-up survey of practitioners who attended."),
                                "Survey designed with the training sub-group.",
                                "Evaluation completed and reported to the board.")),
                rec(15, Theme.EXPLOITATION, EVIDENCED, HELEN, "Police;Youth Justice;Voluntary",
                        "The LSCB should work with neighbouring safeguarding boards to understand and respond to the "
                                + "links between child sexual exploitation, children missing from home and care, and "
                                + "gang activity.",
                        List.of(m("Missing children offered a return home interview", "≥ 95%")),
                        done("Share child sexual exploitation and missing children intelligence with neighbouring "
                                        + "boroughs through a joint operational group.", HELEN, "Police;Youth Justice",
                                "2015-06-08", "2016-01-29", "2016-01-28",
                                ev("Joint operational group terms of reference", "board/joint-cse-group-2016",
                                        "Terms of reference and first meeting notes of the cross-borough group."),
                                "Neighbouring boards agreed to a joint group.",
                                "Group meeting monthly; information sharing agreement signed."),
                        done("Map the links between child sexual exploitation, missing episodes and gang activity "
                                        + "and present the findings to the board.", HELEN,
                                "Police;Voluntary;Business Unit", "2015-06-08", "2016-03-31", "2016-03-29",
                                ev("Exploitation mapping report, March 2016", "reports/exploitation-mapping-2016",
                                        "Problem profile linking exploitation, missing episodes and gangs."),
                                "Data requested from the police and youth justice service.",
                                "Mapping report presented to the board."))));
    }

    private static Source enfield2018(Days t) {
        return new Source(InspectionType.FOCUSED_VISIT,
                "Focused visit: arrangements for children in need of help and protection",
                d("2018-09-11"), d("2018-09-12"), d("2018-10-16"), List.of(), """
                - Senior leaders, with their staff and partners, have continued to work extremely hard, in \
                challenging circumstances, to help and protect vulnerable children and their families.
                - Persistent, respectful work by the change and challenge service, the parenting support unit, the \
                child sexual exploitation prevention team and highly capable early help practitioners is making a \
                real difference to children and their parents.
                - There is a timely response to referrals, with most cases transferring promptly from the single \
                point of entry (SPOE) to social care teams or to early help and universal services.
                - Separating the early help hub from the MASH has created additional capacity, ensuring a more \
                timely and proportionate response to safeguarding referrals.
                - The co-location of agencies in the SPOE is a strength: staff confer constantly.""", """
                - Serious weaknesses in the application of thresholds for a number of children who had suffered \
                significant harm, confined to one service area and not systemic. Some children had disclosed \
                physical and sexual abuse, but their cases had not been progressed to a strategy discussion and \
                child protection medical examinations had not been considered.
                - Social work caseloads in the referral and assessment teams are too high.
                - The timeliness of case transfer when assessments are completed.
                - Assessments vary in quality, from good analysis of each child's needs and risks to superficial, \
                over-optimistic and adult-focused practice; the quality and consistency of plans.
                - The quality and effectiveness of management oversight and supervision.
                - Managers have a range of performance data, but it is not comprehensive enough to help them \
                manage effectively and is not sufficiently reliable; the range and accuracy of audits.""", List.of(
                rec(1, Theme.THRESHOLDS, IN_PROGRESS, HELEN, "Social Care;Police;North Middlesex",
                        "Apply child protection thresholds appropriately for children at risk of significant harm, "
                                + "so that every child who discloses physical or sexual abuse is progressed to a "
                                + "strategy discussion and a child protection medical is considered.",
                        List.of(m("Disclosures of physical or sexual abuse progressed to a strategy discussion",
                                        "100%"),
                                m("Section 47 enquiries with a child protection medical considered", "100%"),
                                m("Decisions within timescale", "≥ 95%")),
                        done("Review every contact in the affected service area where a child disclosed physical or "
                                        + "sexual abuse, and convene strategy discussions where the threshold is met.",
                                HELEN, "Social Care;Police", "2018-09-17", "2018-10-31", "2018-10-26",
                                ev("Review of disclosures not progressed to strategy discussion",
                                        "audits/disclosure-review-2018",
                                        "Case-by-case review of the contacts identified by inspectors, with the "
                                                + "outcome for each child."),
                                "Cases identified by inspectors reviewed first; strategy discussions held where the "
                                        + "threshold was met.",
                                "Review extended to all contacts in the service area; findings reported to the "
                                        + "Director."),
                        done("Increase management capacity in the MASH so that a manager reviews every threshold "
                                        + "decision on the day it is made.", HELEN, "Social Care", "2018-09-17",
                                "2018-12-21", "2018-12-14",
                                ev("MASH staffing and rota, December 2018", "reports/mash-capacity-2018-12",
                                        "Revised MASH management rota and decision review arrangements."),
                                "Funding for additional capacity agreed by senior leaders.",
                                "Additional manager in post; daily review of threshold decisions in place."),
                        open("Update the child protection medical pathway with North Middlesex University Hospital "
                                        + "and brief MASH staff on when to request a medical.", HELEN,
                                "North Middlesex;Social Care", t.ago(100), t.ago(12), AT_RISK,
                                "Draft pathway shared with the hospital's named doctor for comment.",
                                "Sign-off delayed while the hospital confirms out-of-hours cover. Briefing for "
                                        + "MASH staff is ready."),
                        open("Run a monthly multi-agency dip sample of disclosures of abuse to check that strategy "
                                        + "discussions and child protection medicals are considered, and report the "
                                        + "results to the partnership.", HELEN, "Social Care;Police;North Middlesex",
                                t.ago(75), t.thisWeek(0), ON_TRACK,
                                "Dip sample method agreed with the police and the named doctor.",
                                "Second monthly dip sample completed; report to the partnership being drafted.")),
                rec(2, Theme.CASELOADS_WORKFORCE, IN_PROGRESS, HELEN, "Social Care;Business Unit",
                        "Reduce social work caseloads in the referral and assessment teams so that social workers "
                                + "have time for purposeful work with children.",
                        List.of(m("Average caseload in referral and assessment teams", "≤ 18 children"),
                                m("Social workers holding more than 25 cases", "0")),
                        done("Induct the additional social workers recruited to the referral and assessment teams "
                                        + "and reallocate cases to bring caseloads down.", HELEN, "Social Care",
                                "2018-09-17", "2018-11-30", "2018-11-23",
                                ev("Referral and assessment caseload report, November 2018",
                                        "reports/caseloads-2018-11",
                                        "Caseloads by worker before and after the new social workers started."),
                                "New social workers start in October; induction programme prepared.",
                                "Induction complete and cases reallocated across the teams."),
                        open("Agree a caseload limit with a trigger for additional capacity, reported monthly to "
                                        + "the senior leadership team.", HELEN, "Social Care;Business Unit",
                                t.ago(40), t.in(45), ON_TRACK,
                                "Options for the trigger discussed with finance and human resources.")),
                rec(3, Theme.MANAGEMENT_OVERSIGHT, IN_PROGRESS, HELEN, "Social Care;Early Help",
                        "Improve the quality and effectiveness of management oversight and supervision, so that "
                                + "managers' decisions and the reasons for them are recorded on children's records.",
                        List.of(m("Management oversight within 1 working day of a decision", "≥ 95%"),
                                m("Supervision recorded within timescale", "≥ 90%")),
                        done("Relaunch the supervision policy and recording template for all children's social care "
                                        + "managers.", HELEN, "Social Care", "2018-10-01", "2018-12-14", "2018-12-10",
                                ev("Supervision policy relaunch, December 2018", "policies/supervision-2018",
                                        "Revised policy, recording template and briefing attendance."),
                                "Policy revised with the principal social worker.",
                                "Relaunch briefings held for all team and practice managers."),
                        open("Introduce the same standard for recording management oversight in early help "
                                        + "triage.", GRACE, "Early Help", t.ago(50), t.thisWeek(3), ON_TRACK,
                                "Recording standard adapted for early help triage.",
                                "Piloted with one triage team; minor changes to the template agreed."),
                        open("Audit the recording of management oversight in the MASH each quarter and share the "
                                        + "findings with team managers.", HELEN, "Social Care", t.ago(30), t.in(70),
                                ON_TRACK, "Audit tool agreed; first quarter's sample selected.")),
                rec(4, Theme.PERFORMANCE_DATA, IN_PROGRESS, HELEN, "Business Unit;Social Care;Police",
                        "Improve the range and accuracy of performance data and audits, so that managers have "
                                + "reliable and comprehensive information to manage practice.",
                        List.of(m("Decisions within timescale", "≥ 95%"),
                                m("Performance reports reconciled against case records", "100%")),
                        done("Reconcile the front door performance report against case records and correct "
                                        + "recording errors.", HELEN, "Business Unit;Social Care", "2018-10-08",
                                "2019-01-31", "2019-01-30",
                                ev("Front door data reconciliation, January 2019", "audits/front-door-data-2019-01",
                                        "Reconciliation of the performance report with case records, and the "
                                                + "corrections made."),
                                "Reconciliation started with the October and November contacts.",
                                "Errors corrected and causes fed back to teams; report now reconciled monthly."),
                        open("Add early help triage outcomes to the monthly performance report.", GRACE,
                                "Early Help;Business Unit", t.ago(120), t.ago(20), AT_RISK,
                                "Data fields needed from the early help system identified.",
                                "Extract from the early help system not yet reliable; supplier fix awaited."),
                        open("Report the partnership's measures to the board from this workspace instead of the "
                                        + "manual spreadsheet.", HELEN, "Business Unit", t.ago(20), t.in(60),
                                ON_TRACK, "Measures and targets entered for each open recommendation."))));
    }

    private static Source enfield2019(Days t) {
        return new Source(InspectionType.ILACS, "Inspection of local authority children's services (ILACS)",
                d("2019-03-04"), d("2019-03-15"), d("2019-04-16"), List.of(
                new AreaJudgement("Overall effectiveness", GOOD),
                new AreaJudgement("The impact of leaders on social work practice with children and families", GOOD),
                new AreaJudgement("The experiences and progress of children who need help and protection", GOOD),
                new AreaJudgement("The experiences and progress of children in care and care leavers", GOOD)), """
                The inspection judged these areas good:
                - help and protection for children;
                - the experiences and progress of children in care wherever they live, including those who return \
                home;
                - the arrangements for permanence for children who are looked after, including adoption;
                - the experiences and progress of care leavers.""", """
                - The quality of plans for children in need.
                - Return home interviews for children missing from home.
                - Private fostering responses, including timely statutory checks and regular visits to ensure that \
                children live in safe arrangements that meet their needs.
                - Health information for care leavers.""", List.of(
                rec(1, Theme.PLANNING, IN_PROGRESS, HELEN, "Social Care;Schools;Integrated Care",
                        "Improve the quality of plans for children in need, so that they say clearly what needs to "
                                + "change, who will do what and by when.",
                        List.of(m("Children in need plans audited as good or better", "≥ 80%"),
                                m("Children in need plans reviewed within timescale", "≥ 90%")),
                        done("Audit a sample of children in need plans and re-audit in November 2019 to check that "
                                        + "practice has improved.", HELEN, "Social Care", "2019-05-07", "2019-12-20",
                                "2019-12-13",
                                ev("Children in need plans re-audit, November 2019", "audits/cin-plans-2019-11",
                                        "Re-audit of children in need plans, reported back in December 2019."),
                                "Baseline audit completed; findings shared with team managers.",
                                "Re-audit added to the audit programme for November.",
                                "Re-audit completed and reported back in December."),
                        open("Include children in need plans in the six-weekly service audit and report themes to "
                                        + "the practice improvement group.", HELEN, "Social Care", t.ago(45),
                                t.thisWeek(1), ON_TRACK,
                                "Plans added to the six-weekly in-depth service audit.",
                                "Themes from the latest audit summarised for the practice improvement group."),
                        open("Ask children with a children in need plan about their visits and their plan, and "
                                        + "report what they say.", GRACE, "Early Help;Voluntary", t.ago(70), t.in(30),
                                ON_TRACK, "Feedback questions agreed with the voluntary sector forum.",
                                "First feedback collected from children and families.")),
                rec(2, Theme.MISSING_CHILDREN, IN_PROGRESS, HELEN, "Police;Social Care;Youth Justice",
                        "Ensure that children who go missing from home are offered a timely return home interview, "
                                + "and that what they say is used to reduce risk.",
                        List.of(m("Children offered a return home interview within 72 hours", "≥ 95%"),
                                m("Return home interviews shared with relevant agencies", "100%")),
                        done("Base the Missing Persons Debriefing Service in the MASH, so that every missing child "
                                        + "is offered an independent debrief on their return.", HELEN,
                                "Social Care;Police", "2019-05-07", "2019-09-30", "2019-09-20",
                                ev("Missing Persons Debriefing Service in the MASH", "mash/missing-debriefing-2019",
                                        "Service description and referral route from the MASH."),
                                "Accommodation and information sharing agreed with the police.",
                                "Service operating from the MASH; every missing child offered a debrief."),
                        open("Share key information from return home interviews with the police and schools within "
                                        + "one working day, and record it on the child's file.", HELEN,
                                "Police;Schools", t.ago(110), t.ago(8), OFF_TRACK,
                                "Information sharing template agreed with the police.",
                                "Schools are not yet receiving summaries consistently; recording on the child's "
                                        + "file is being checked in the monthly audit."),
                        open("Report themes from return home interviews to the exploitation panel each quarter.",
                                HELEN, "Police;Youth Justice", t.ago(25), t.in(50), NOT_STARTED,
                                "Reporting template drafted; first report planned for next quarter's panel.")),
                rec(3, Theme.PRIVATE_FOSTERING, IN_PROGRESS, HELEN, "Schools;Integrated Care;Voluntary",
                        "Improve the response to children in private fostering arrangements, including timely "
                                + "statutory checks and regular visits, so that children live in safe arrangements "
                                + "that meet their needs.",
                        List.of(m("Private fostering statutory checks completed within timescale", "100%"),
                                m("Private fostering visits within timescale", "≥ 95%")),
                        done("Keep a tracker of private fostering arrangements with the due dates of checks and "
                                        + "visits, reviewed monthly by the team manager.", HELEN, "Social Care",
                                "2019-05-13", "2019-07-31", "2019-07-26",
                                ev("Private fostering tracker", "audits/private-fostering-tracker-2019",
                                        "Tracker of arrangements, checks and visits with monthly manager review."),
                                "Tracker built from current arrangements.",
                                "Monthly review by the team manager in place."),
                        open("Run a private fostering awareness campaign with schools, GPs and faith and community "
                                        + "groups.", GRACE, "Schools;Voluntary;Integrated Care", t.ago(80),
                                t.thisWeek(4), ON_TRACK,
                                "Leaflet and briefing agreed with the voluntary sector forum.",
                                "Briefings delivered to designated safeguarding leads; GP practices next."),
                        open("Audit private fostering files for the timeliness of statutory checks and visits.",
                                HELEN, "Social Care", t.ago(60), t.in(20), ON_TRACK,
                                "Audit scheduled; files for the last twelve months identified.")),
                rec(4, Theme.CARE_LEAVERS, OPEN, HELEN, "Integrated Care;North Middlesex;Social Care",
                        "Ensure that care leavers receive their health histories and information about their health "
                                + "needs, so that they can manage their own health as adults.",
                        List.of(m("Care leavers given a written health history", "≥ 95%")),
                        open("Agree with the looked after children's health team a health history summary for "
                                        + "every young person leaving care.", HELEN, "Integrated Care;Social Care",
                                t.ago(21), t.in(40), NOT_STARTED,
                                "Meeting booked with the designated nurse for looked after children."),
                        open("Include health information in pathway plan reviews from the age of 17.", HELEN,
                                "Social Care", t.ago(21), t.in(90), NOT_STARTED,
                                "Change to the pathway plan template requested."))));
    }

    // ------------------------------------------------------------------------------------- Waltham Forest

    private static Source walthamForest2018(Days t) {
        return new Source(InspectionType.FOCUSED_VISIT, "Focused visit: the multi-agency safeguarding hub (MASH)",
                d("2018-03-06"), d("2018-03-07"), d("2018-03-29"), List.of(), """
                - Timely responses to referrals.
                - Since the last inspection in 2014 more partners have joined the MASH: children's social care, \
                early help, health, education, police, probation, housing, youth offending and London Victim \
                Support.
                - The co-location of more partner agencies and a recent relaunch of the revised threshold guidance \
                have improved timely multi-agency responses to contacts and referrals.
                - Regular surveys of partner agencies show improved understanding of, and better relationships \
                with, children's social care.""", """
                - Staff do not effectively engage children and young people.
                - Recent changes to how cases are recorded electronically have led to inaccuracies, so managers do \
                not have a comprehensive, accurate understanding of the effectiveness of practice. Senior managers \
                are aware of this and have begun a data cleansing exercise.""", List.of(
                rec(1, Theme.VOICE_OF_CHILD, IN_PROGRESS, JOANNE, "Social Care;Early Help;Schools",
                        "Ensure that staff engage children and young people effectively, so that their views and "
                                + "experiences inform decisions made in the MASH.",
                        List.of(m("Audited MASH decisions showing the child's views", "≥ 80%")),
                        done("Add a prompt to the MASH screening record for the child's views and lived experience, "
                                        + "gathered from the referrer and, where safe, from the child.", JOANNE,
                                "Social Care", "2018-04-09", "2018-06-29", "2018-06-22",
                                ev("Revised MASH screening record", "mash/screening-record-2018",
                                        "Screening record with prompts for the child's views, and guidance."),
                                "Prompts drafted with MASH practitioners.",
                                "Revised record live; guidance issued to the MASH team."),
                        open("Audit a sample of MASH contacts each month for evidence that the child's views "
                                        + "informed the decision.", JOANNE, "Social Care;Early Help", t.ago(95),
                                t.ago(10), AT_RISK,
                                "First monthly sample audited.",
                                "Audits delayed by staff absence; catch-up planned for this month."),
                        open("Train partner agency referrers to record what children have said, in their own "
                                        + "words.", JOANNE, "Schools;Early Help", t.ago(35), t.in(40), ON_TRACK,
                                "Session content agreed with school designated safeguarding leads.")),
                rec(2, Theme.PERFORMANCE_DATA, IN_PROGRESS, JOANNE, "Social Care;Police",
                        "Resolve the inaccuracies caused by changes to electronic case recording, so that managers "
                                + "have a comprehensive, accurate understanding of the effectiveness of practice.",
                        List.of(m("MASH performance report reconciled against case records", "100%")),
                        done("Complete the data cleansing exercise on records affected by the change to electronic "
                                        + "case recording.", JOANNE, "Social Care", "2018-04-03", "2018-07-31",
                                "2018-07-27",
                                ev("Data cleansing completion report", "reports/data-cleansing-2018",
                                        "Records checked and corrected in the data cleansing exercise."),
                                "Affected records identified with the systems team.",
                                "Corrections completed and checked by team managers."),
                        open("Reconcile the MASH performance report against case records each month and report "
                                        + "discrepancies to senior managers.", JOANNE, "Social Care", t.ago(50),
                                t.thisWeek(1), ON_TRACK,
                                "Reconciliation method agreed with the performance team.",
                                "Last month's reconciliation found no new discrepancies.")),
                rec(3, Theme.THRESHOLDS, EVIDENCED, JOANNE, "Police;Whipps Cross;Schools",
                        "Embed the relaunched threshold guidance with all partner agencies, and test its application "
                                + "through multi-agency audit.",
                        List.of(m("Contacts where partners and the MASH agree the threshold", "≥ 90%")),
                        done("Brief all co-located partners on the relaunched threshold guidance.", JOANNE,
                                "Police;Whipps Cross;Schools", "2018-04-03", "2018-06-29", "2018-06-15",
                                ev("Threshold guidance briefings, 2018", "training/threshold-briefings-2018",
                                        "Briefings delivered to partner agencies in the MASH."),
                                "Briefing schedule agreed with partner leads.",
                                "All co-located partners briefed."),
                        done("Survey partner agencies on their understanding of thresholds and act on the "
                                        + "findings.", JOANNE, "Police;Whipps Cross;Schools", "2018-04-03",
                                "2018-10-31", "2018-10-19",
                                ev("Partner agency survey, autumn 2018", "reports/partner-survey-2018",
                                        "Survey results and the actions taken in response."),
                                "Survey issued to partner agencies.",
                                "Results reported to the partnership with actions agreed.")),
                rec(4, Theme.MANAGEMENT_OVERSIGHT, IN_PROGRESS, JOANNE, "Social Care;Police",
                        "Strengthen management oversight in the MASH, so that managers record the rationale for "
                                + "every threshold decision and senior managers understand the quality of "
                                + "decisions as well as their timeliness.",
                        List.of(m("Management oversight within 1 working day of a decision", "≥ 95%")),
                        done("Record a manager's rationale for every MASH threshold decision, with the time it was "
                                        + "ratified.", JOANNE, "Social Care", "2018-04-16", "2018-07-31", "2018-07-20",
                                ev("MASH management oversight standard", "mash/oversight-standard-2018",
                                        "Standard for recording management oversight of threshold decisions."),
                                "Standard drafted and agreed with MASH managers.",
                                "Standard in use; spot check confirms rationale recorded."),
                        open("Report management oversight within one working day to the partnership's quality "
                                        + "assurance group each quarter.", JOANNE, "Social Care;Police", t.ago(30),
                                t.in(55), ON_TRACK, "Measure defined; first quarterly report in preparation."))));
    }

    // ------------------------------------------------------------------------------------- the data shapes

    /** Dates relative to today (London). */
    private record Days(LocalDate today) {
        LocalDate ago(int days) { return today.minusDays(days); }

        LocalDate in(int days) { return today.plusDays(days); }

        /** {@code days} after today but no later than Sunday, so "due this week" and "due soon" both hold. */
        LocalDate thisWeek(int days) {
            LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate due = today.plusDays(days);
            return due.isAfter(sunday) ? sunday : due;
        }
    }

    private record Source(InspectionType type, String title, LocalDate start, LocalDate end, LocalDate published,
                          List<AreaJudgement> judgements, String strengths, String areas, List<Rec> recs) {
    }

    private record Rec(int number, Theme theme, RecommendationStatus status, String lead, String agencies,
                       String text, List<SuccessMeasure> measures, List<Act> actions) {
    }

    private record Act(String description, String lead, String agencies, LocalDate created, LocalDate due,
                       ActionStatus status, LocalDate completed, Ev evidence, List<String> notes) {
    }

    private record Ev(String title, String path, String summary) {
    }

    private static Rec rec(int number, Theme theme, RecommendationStatus status, String lead, String agencies,
                           String text, List<SuccessMeasure> measures, Act... actions) {
        return new Rec(number, theme, status, lead, agencies, text, measures, List.of(actions));
    }

    private static SuccessMeasure m(String measure, String target) {
        return new SuccessMeasure(measure, target);
    }

    /** A completed action (with its evidence); dates as yyyy-mm-dd. */
    private static Act done(String description, String lead, String agencies, String created, String due,
                            String completed, Ev evidence, String... notes) {
        return new Act(description, lead, agencies, d(created), d(due), COMPLETE, d(completed), evidence,
                List.of(notes));
    }

    private static Act open(String description, String lead, String agencies, LocalDate created, LocalDate due,
                            ActionStatus status, String... notes) {
        return new Act(description, lead, agencies, created, due, status, null, null, List.of(notes));
    }

    private static Ev ev(String title, String path, String summary) {
        return new Ev(title, path, summary);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    // ------------------------------------------------------------------------------------------ the writer

    /** Writes one partnership's plan; members and agencies are looked up once each. */
    private final class Writer {
        private final PartnershipId partnership;
        private final Days days;
        private final String intranet;
        private final String chairName;
        private final Map<String, Member> memberByEmail = new HashMap<>();
        private final Map<String, AgencyId> agencyByName = new HashMap<>();
        private int stagger;

        Writer(PartnershipId partnership, Days days, String intranet, String chairEmail) {
            this.partnership = partnership;
            this.days = days;
            this.intranet = intranet;
            this.chairName = members.findByEmail(chairEmail).map(Member::name).orElse(Audit.SYSTEM);
        }

        void write(List<Source> sources) {
            for (Source s : sources) {
                Inspection inspection = audit(inspections.save(new Inspection(null, partnership, OFSTED, s.type(),
                        s.title(), s.start(), s.end(), s.published(), s.judgements(), s.strengths(), s.areas(), 0)));
                for (Rec r : s.recs()) write(inspection, r);
            }
        }

        private void write(Inspection inspection, Rec r) {
            check(r);
            Member lead = member(r.lead());
            Recommendation saved = audit(recommendations.save(new Recommendation(null, partnership,
                    inspection.requireId(), r.number(), r.text(), r.theme(), lead.requireId(), agencies(r.agencies()),
                    r.measures(), r.status(), 0)));
            for (Act a : r.actions()) write(saved, a);
            history(saved, r, lead.name());
        }

        private void write(Recommendation recommendation, Act a) {
            Member lead = member(a.lead());
            ImprovementAction action = audit(actions.save(new ImprovementAction(null, partnership,
                    recommendation.requireId(), a.description(), lead.requireId(), agencies(a.agencies()), a.due(),
                    a.status(), a.created(), a.completed(), 0)));
            if (a.evidence() != null) {
                audit(actions.addEvidence(new EvidenceItem(null, action.requireId(), a.evidence().title(),
                        a.evidence().summary(), intranet + a.evidence().path(), null, lead.requireId(), lead.name(),
                        at(a.completed(), 9, 30)), null));
            }
            LocalDate last = a.completed() != null ? a.completed() : latest(a.created(), days.ago(1 + stagger++ % 6));
            long span = ChronoUnit.DAYS.between(a.created(), last);
            List<String> notes = a.notes();
            for (int i = 0; i < notes.size(); i++) {
                boolean latestNote = i == notes.size() - 1;
                ActionStatus status = latestNote || a.status() == NOT_STARTED ? a.status() : ON_TRACK;
                LocalDate day = a.created().plusDays(span * (i + 1) / notes.size());
                audit(actions.addProgress(new ProgressUpdate(null, action.requireId(), at(day, 10, 15 + i),
                        lead.requireId(), lead.name(), notes.get(i), status)));
            }
        }

        /** The recommendation's path from open to its status, dated from its actions; assurance by the chair. */
        private void history(Recommendation saved, Rec r, String leadName) {
            LocalDate started = r.actions().stream().map(Act::created).min(Comparator.naturalOrder())
                    .orElse(days.ago(30));
            LocalDate evidenced = r.actions().stream().map(Act::completed).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(started);
            List<LocalDate> when = List.of(started, evidenced, evidenced.plusDays(35), evidenced.plusDays(126));
            RecommendationStatus from = OPEN;
            LocalDate previous = started;
            for (RecommendationStatus to : List.of(IN_PROGRESS, EVIDENCED, ASSURED, CLOSED)) {
                if (to.ordinal() > r.status().ordinal()) break;
                LocalDate day = earliest(latest(when.get(to.ordinal() - 1), previous), days.ago(1));
                String by = to == ASSURED || to == CLOSED ? chairName : leadName;
                recommendations.recordStatusChange(new StatusChange(saved.requireId(), at(day, 14, 0), by, from, to));
                from = to;
                previous = day;
            }
        }

        /** The demo's own rules, so a slip in the data fails loudly at start-up rather than showing nonsense. */
        private void check(Rec r) {
            boolean allComplete = r.actions().stream().allMatch(a -> a.status() == COMPLETE);
            if ((r.status() == EVIDENCED || r.status() == ASSURED || r.status() == CLOSED) && !allComplete) {
                throw new IllegalStateException("Demo recommendation " + r.number() + " is " + r.status()
                        + " with actions still open");
            }
            for (Act a : r.actions()) {
                boolean complete = a.status() == COMPLETE;
                boolean ok = !a.due().isBefore(a.created()) && a.created().isBefore(days.today())
                        && !a.notes().isEmpty() && a.notes().size() <= 3
                        && complete == (a.completed() != null) && complete == (a.evidence() != null)
                        && (!complete || (!a.completed().isBefore(a.created())
                                && a.completed().isBefore(days.today())));
                if (!ok) throw new IllegalStateException("Demo action is inconsistent: " + a.description());
            }
        }

        private Member member(String email) {
            return memberByEmail.computeIfAbsent(email, e -> {
                Member m = members.findByEmail(e)
                        .orElseThrow(() -> new IllegalStateException("Demo member missing: " + e));
                if (!m.partnershipId().equals(partnership)) {
                    throw new IllegalStateException("Demo member " + e + " belongs to another partnership");
                }
                return m;
            });
        }

        /** Agencies named by fragments separated by semicolons; each fragment must match exactly one agency. */
        private Set<AgencyId> agencies(String fragments) {
            Set<AgencyId> ids = new HashSet<>();
            for (String fragment : Arrays.stream(fragments.split(";")).map(String::strip).toList()) {
                ids.add(agencyByName.computeIfAbsent(fragment, f -> {
                    List<Agency> found = agencies.find(partnership, new AgencyFilter(f, null), PageRequest.first(5));
                    if (found.size() != 1) {
                        throw new IllegalStateException("Demo agency \"" + f + "\" matches " + found.size());
                    }
                    return found.getFirst().requireId();
                }));
            }
            return ids;
        }

        private <T extends Audited> T audit(T saved) {
            auditor.record(partnership, null, Audit.SYSTEM, AuditAction.CREATED, saved, null);
            return saved;
        }
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(London.ZONE).toInstant();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
