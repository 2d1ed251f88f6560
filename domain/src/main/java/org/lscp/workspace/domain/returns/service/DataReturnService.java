package org.lscp.workspace.domain.returns.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.ReturnDue;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.returns.model.ReturnPeriod;
import org.lscp.workspace.domain.returns.model.ReturnSeries;
import org.lscp.workspace.domain.returns.model.SaveReturnMeasureCommand;
import org.lscp.workspace.domain.returns.model.SubmitReturnCommand;
import org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase;
import org.lscp.workspace.domain.returns.port.in.ReturnMeasuresUseCase;
import org.lscp.workspace.domain.returns.port.in.ReturnedFigures;
import org.lscp.workspace.domain.returns.port.out.DataReturnRepository;
import org.lscp.workspace.domain.returns.port.out.ReturnMeasureRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.AuditAction;

/**
 * Agency data returns: the admin defines each measure (what is counted, by which agency and officer, how often);
 * that agency's officer returns a figure for each period once it is over, with the system it came from; a return
 * due soon or late reminds the officer once; a correction is a new return that keeps the earlier one in the history.
 */
public final class DataReturnService implements ReturnMeasuresUseCase, DataReturnsUseCase, ReturnedFigures, Reminders {
    /** Periods an officer sees on their returns page, and may still return or correct. */
    public static final int PERIODS_SHOWN = 4;
    /** The officer is reminded from this many days before a return is due, and again once it is late. */
    static final int REMIND_DAYS_AHEAD = 5;
    private static final Role[] READERS = {Role.PARTNERSHIP_ADMIN, Role.LEAD_OFFICER, Role.MASH_MANAGER,
            Role.LINE_MANAGER, Role.SENIOR_MANAGER, Role.BOARD_CHAIR};
    /** Who may return for their agency besides the named officer: its managers, when the officer is away. */
    private static final Role[] DEPUTIES = {Role.LINE_MANAGER, Role.SENIOR_MANAGER};
    private final ReturnMeasureRepository measures;
    private final DataReturnRepository returns;
    private final AgencyDirectory agencies;
    private final MemberDirectory members;
    private final Notifier notifier;
    private final AccessLog accessLog;
    private final Audit auditor;

    public DataReturnService(ReturnMeasureRepository measures, DataReturnRepository returns, AgencyDirectory agencies,
                             MemberDirectory members, Notifier notifier, Audit auditor, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.measures = measures;
        this.returns = returns;
        this.agencies = agencies;
        this.members = members;
        this.notifier = notifier;
        this.auditor = auditor;
    }

    @Override
    public List<ReturnMeasure> measures(Actor actor) {
        actor.require(READERS);
        return measures.all(actor.partnershipId()).stream()
                .sorted(Comparator.comparing(ReturnMeasure::ready).thenComparing(ReturnMeasure::name)).toList();
    }

    @Override
    public ReturnMeasure save(Actor actor, @Nullable ReturnMeasureId id, SaveReturnMeasureCommand command,
                              long expectedVersion) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        Check check = new Check();
        if (command.agency() != null && agencies.find(actor.partnershipId(), command.agency()).isEmpty()) {
            check.fail("agency", "Choose one of the partnership's agencies.");
        }
        if (command.officer() != null) {
            Optional<Member> officer = members.find(actor.partnershipId(), command.officer());
            check.that(officer.isPresent() && officer.get().active(), "officer",
                    "Choose an active member as the officer who returns it.")
                    .that(officer.isEmpty() || officer.get().agencyId().equals(command.agency()), "officer",
                            "The officer must belong to the agency that returns it.")
                    .that(officer.isEmpty() || officer.get().roles().stream().anyMatch(ReturnMeasure.OFFICERS::contains), "officer",
                            "Choose a manager or lead officer of the agency: they make its returns.");
        }
        check.that(measures.all(actor.partnershipId()).stream().noneMatch(m -> !m.requireId().equals(id)
                && m.name().equalsIgnoreCase(command.name())), "name", "The partnership already has a measure "
                + "of that name.").done();
        if (id == null) {
            ReturnMeasure saved = measures.save(new ReturnMeasure(null, actor.partnershipId(), "", "", true, "",
                    true, null, null, command.frequency(), command.daysToReturn(), today(), 0).with(command));
            auditor.created(actor, saved);
            return saved;
        }
        ReturnMeasure current = measure(actor.partnershipId(), id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "measure");
        ReturnMeasure saved = measures.save(current.with(command));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public List<ReturnDue> due(Actor actor) {
        LocalDate today = today();
        List<ReturnDue> due = new ArrayList<>();
        Map<ReturnMeasureId, List<DataReturn>> byMeasure = byMeasure(actor.partnershipId());
        for (ReturnMeasure m : measures.all(actor.partnershipId())) {
            if (!m.ready() || !actor.agencyId().equals(m.agency())) continue;
            Map<ReturnPeriod, DataReturn> current = current(byMeasure.getOrDefault(m.requireId(), List.of()));
            ReturnPeriod period = m.lastEnded(today);
            for (int i = 0; i < PERIODS_SHOWN; i++, period = m.frequency().before(period)) {
                DataReturn in = current.get(period);
                due.add(new ReturnDue(m, period, m.due(period), in, late(m, period, current, today)));
            }
        }
        due.sort(Comparator.comparing((ReturnDue d) -> !d.late()).thenComparing(d -> d.current() != null)
                .thenComparing(ReturnDue::due, Comparator.reverseOrder()).thenComparing(d -> d.measure().name()));
        return due;
    }

    /** A refused submission goes to the access log (in its own transaction: it stays when this one rolls back). */
    private NotAuthorisedException refused(Actor actor, ReturnMeasure m, String why) {
        accessLog.record(AccessLogEntry.of(actor, auditor.now(), "Data return: " + Text.shorten(m.name(), 180),
                false));
        return new NotAuthorisedException(why);
    }

    @Override
    public DataReturn submit(Actor actor, SubmitReturnCommand c) {
        ReturnMeasure m = measure(actor.partnershipId(), c.measure());
        if (!actor.agencyId().equals(m.agency())) {
            throw refused(actor, m, "This measure is returned by another agency: only its officer can submit it.");
        }
        if (!actor.memberId().equals(m.officer()) && !actor.hasAny(DEPUTIES)) {
            throw refused(actor, m, "Only the officer named for this return, or a manager of your agency, can submit "
                    + "it.");
        }
        LocalDate today = today();
        Check check = new Check().present("period", c.periodStart(), "Choose the period the figure is for.");
        ReturnPeriod period = null;
        if (c.periodStart() != null) {
            check.that(m.frequency().starts(c.periodStart()), "period", "Choose one of the measure's periods.");
            period = m.frequency().containing(c.periodStart());
            check.that(period.endedBy(today), "period", "The period " + period.label() + " is not over yet: its "
                    + "figure can be returned from " + London.format(period.end().plusDays(1)) + ".");
        }
        if (m.proportion()) {
            check.present("numerator", c.numerator(), "Enter how many met the measure (the numerator).")
                    .present("denominator", c.denominator(), "Enter how many there were in all (the denominator).");
            if (c.numerator() != null) check.that(c.numerator() >= 0, "numerator", "The numerator cannot be "
                    + "negative.");
            if (c.denominator() != null) check.that(c.denominator() > 0, "denominator", "The denominator must be "
                    + "more than 0: with nothing to count there is no figure to return.");
            if (c.numerator() != null && c.denominator() != null && c.denominator() > 0) {
                check.that(c.numerator() <= c.denominator(), "numerator", "The numerator cannot be more than the "
                        + "denominator (" + c.denominator() + ").");
            }
        } else {
            check.present("value", c.value(), "Enter the figure, in " + m.unit() + ".");
            if (c.value() != null) check.that(c.value() >= 0 && c.value() < 1e9, "value", "Enter a figure of 0 "
                    + "or more.");
        }
        check.text("sourceSystem", c.sourceSystem(), "the system the figure came from", 120)
                .optionalLongText("note", c.note(), "the note", 2_000);
        List<DataReturn> history = returns.forMeasure(actor.partnershipId(), m.requireId());
        DataReturn earlier = period == null ? null : current(history).get(period);
        check.that(earlier == null || Text.block(c.note()) != null, "note", "This period was returned on "
                + London.format(earlier == null ? today : LocalDate.ofInstant(earlier.at(), London.ZONE))
                + ": say why the figure is corrected.").done();
        DataReturn saved = returns.add(new DataReturn(null, actor.partnershipId(), m.requireId(), period,
                m.proportion() ? c.numerator() : null, m.proportion() ? c.denominator() : null,
                m.proportion() ? null : c.value(), Text.line(c.sourceSystem()),
                Optional.ofNullable(Text.block(c.note())).orElse(""), actor.agencyId(), actor.memberId(),
                actor.name(), auditor.now(), earlier == null ? null : earlier.id()));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public List<DataReturn> history(Actor actor, ReturnMeasureId id) {
        ReturnMeasure m = measure(actor.partnershipId(), id);
        if (!actor.agencyId().equals(m.agency())) actor.require(READERS);
        List<DataReturn> all = new ArrayList<>(returns.forMeasure(actor.partnershipId(), m.requireId()));
        all.sort(Comparator.comparing((DataReturn r) -> r.period().start()).thenComparing(DataReturn::at)
                .reversed());
        return all;
    }

    @Override
    public List<ReturnMeasure> measures(PartnershipId partnership) {
        return measures.all(partnership);
    }

    @Override
    public Optional<ReturnSeries> series(PartnershipId partnership, ReturnMeasureId id, LocalDate asOf, int periods) {
        return measures.find(partnership, id).map(m -> series(m, current(returns.forMeasure(partnership, id)), asOf,
                periods));
    }

    @Override
    public Map<ReturnMeasureId, ReturnSeries> allSeries(PartnershipId partnership, LocalDate asOf, int periods) {
        Map<ReturnMeasureId, List<DataReturn>> byMeasure = byMeasure(partnership);
        Map<ReturnMeasureId, ReturnSeries> all = new LinkedHashMap<>();
        for (ReturnMeasure m : measures.all(partnership)) {
            all.put(m.requireId(), series(m, current(byMeasure.getOrDefault(m.requireId(), List.of())), asOf,
                    periods));
        }
        return all;
    }

    private static ReturnSeries series(ReturnMeasure m, Map<ReturnPeriod, DataReturn> current, LocalDate asOf,
                                       int periods) {
        List<DataReturn> series = current.values().stream().filter(r -> !r.period().end().isAfter(asOf))
                .sorted(Comparator.comparing(r -> r.period().start())).toList();
        series = series.subList(Math.max(0, series.size() - periods), series.size());
        ReturnPeriod late = null;
        ReturnPeriod period = m.lastEnded(asOf);
        for (int i = 0; i < PERIODS_SHOWN && late == null; i++, period = m.frequency().before(period)) {
            if (late(m, period, current, asOf)) late = period;
        }
        return new ReturnSeries(m, series, late);
    }

    /** Every return of the partnership by its measure, in one read. */
    private Map<ReturnMeasureId, List<DataReturn>> byMeasure(PartnershipId partnership) {
        return returns.forPartnership(partnership).stream().collect(java.util.stream.Collectors.groupingBy(
                DataReturn::measure, LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** Tells each officer once of a return due within five days, and once more when it is late. */
    @Override
    public int sendReminders(PartnershipId partnership) {
        LocalDate today = today();
        int told = 0;
        // the minute sweep: the returns are read (once) only when a measure's latest period is due soon or late
        Map<ReturnMeasureId, List<DataReturn>> byMeasure = null;
        for (ReturnMeasure m : measures.all(partnership)) {
            if (!m.ready()) continue;
            ReturnPeriod period = m.lastEnded(today);
            if (!m.expects(period)) continue;
            LocalDate due = m.due(period);
            if (today.isBefore(due.minusDays(REMIND_DAYS_AHEAD))) continue;
            if (byMeasure == null) byMeasure = byMeasure(partnership);
            if (current(byMeasure.getOrDefault(m.requireId(), List.of())).containsKey(period)) continue;
            boolean late = today.isAfter(due);
            String text = "The " + period.label() + " return of \u201c" + Text.shorten(m.name(), 120) + "\u201d "
                    + (late ? "was due on " + London.format(due) + " and is late." : "is due by " + London.format(due)
                    + ".");
            told += notifier.remind(partnership, Recipients.member(m.officer(), a -> true), text,
                    "ReturnMeasure:" + m.requireId().value(), (late ? "return-late:" : "return-due:")
                            + m.requireId().value() + ":" + period.start());
        }
        return told;
    }

    /**
     * A period's return is late when it is missing after its due day, and the period is one the measure expects
     * (it ended on or after the day it was defined) or follows a period the agency did return.
     */
    static boolean late(ReturnMeasure m, ReturnPeriod period, Map<ReturnPeriod, DataReturn> current, LocalDate today) {
        if (!m.ready() || current.containsKey(period) || !today.isAfter(m.due(period))) return false;
        return m.expects(period) || current.keySet().stream().anyMatch(p -> p.start().isBefore(period.start()));
    }

    /** The latest return of each period: a correction replaces the figure it corrects. */
    private static Map<ReturnPeriod, DataReturn> current(List<DataReturn> all) {
        Map<ReturnPeriod, DataReturn> latest = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(DataReturn::at).thenComparing(r -> r.id() == null ? 0 : r.id()))
                .forEach(r -> latest.put(r.period(), r));
        return latest;
    }

    private ReturnMeasure measure(PartnershipId partnership, ReturnMeasureId id) {
        return measures.find(partnership, id).orElseThrow(() -> new NotFoundException("Measure not found."));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(auditor.now(), London.ZONE);
    }
}
