package org.lscp.workspace.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.returns.model.Frequency;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnPeriod;
import org.lscp.workspace.domain.returns.model.SaveReturnMeasureCommand;
import org.lscp.workspace.domain.returns.model.SubmitReturnCommand;
import org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase;
import org.lscp.workspace.domain.returns.port.in.ReturnMeasuresUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's data-return measures and a year of their quarterly returns, kept as data in
 * {@code demo/returns-<partnership>.json}: the admin defines each measure a year ago; its agency's officer returns
 * each of the last four quarters eight days after it ends (a quarter not yet eight days over is not returned yet).
 * A figure of {@code null} is a return never made: Enfield's private fostering visits miss the quarter before last, so
 * one return is late on any day.
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
final class DemoReturns {
    static final int QUARTERS = 4;
    private final ReturnMeasuresUseCase measures;
    private final DataReturnsUseCase returns;
    private final MemberRepository members;
    private final AgencyRepository agencies;
    private final HistoryClock clock;

    DemoReturns(ReturnMeasuresUseCase measures, DataReturnsUseCase returns, MemberRepository members,
                AgencyRepository agencies, Clock clock) {
        this.measures = measures;
        this.returns = returns;
        this.members = members;
        this.agencies = agencies;
        this.clock = (HistoryClock) clock; // the workspace's clock in demo mode
    }

    record ReturnsFile(List<Measure> measures) {
    }

    record Measure(String name, String definition, boolean proportion, String unit, boolean higherIsBetter,
                   String agency, String officer, Frequency frequency, int daysToReturn, String source,
                   List<@Nullable Object> figures) {
    }

    /** Defines the partnership's measures as its admin, a year ago; answers each one's reference by name. */
    Map<String, MeasureRef> define(PartnershipId partnership, String file, String adminEmail) {
        Actor admin = actor(partnership, adminEmail);
        Map<String, MeasureRef> refs = new HashMap<>();
        Instant yearAgo = clock.instant().minus(java.time.Duration.ofDays(365));
        for (Measure m : read(file).measures()) {
            ReturnMeasure saved = clock.at(yearAgo, () -> measures.save(admin, null, new SaveReturnMeasureCommand(
                    m.name(), m.definition(), m.proportion(), m.unit(), m.higherIsBetter(), agency(partnership,
                    m.agency()), actor(partnership, m.officer()).memberId(), m.frequency(), m.daysToReturn()), 0));
            refs.put(m.name(), MeasureRef.returned(saved.requireId().value()));
        }
        return refs;
    }

    /** Each officer's returns of the last four quarters, oldest first, each eight days after its quarter ended. */
    void submit(PartnershipId partnership, String file, Map<String, MeasureRef> refs) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), London.ZONE);
        for (Measure m : read(file).measures()) {
            Actor officer = actor(partnership, m.officer());
            ReturnPeriod period = m.frequency().before(m.frequency().containing(today));
            for (int i = 1; i < QUARTERS; i++) period = m.frequency().before(period);
            for (Object figure : m.figures()) {
                Instant at = period.end().plusDays(8).atTime(10, 30).atZone(London.ZONE).toInstant();
                if (figure != null && at.isBefore(clock.instant())) {
                    SubmitReturnCommand command = figure instanceof List<?> ratio
                            ? new SubmitReturnCommand(new org.lscp.workspace.domain.returns.model.ReturnMeasureId(
                            refs.get(m.name()).returnId()), period.start(), ((Number) ratio.get(0)).longValue(),
                            ((Number) ratio.get(1)).longValue(), null, m.source(), "")
                            : new SubmitReturnCommand(new org.lscp.workspace.domain.returns.model.ReturnMeasureId(
                            refs.get(m.name()).returnId()), period.start(), null, null,
                            ((Number) figure).doubleValue(), m.source(), "");
                    clock.at(at, () -> returns.submit(officer, command));
                }
                period = m.frequency().containing(period.end().plusDays(1));
            }
        }
    }

    private static ReturnsFile read(String file) {
        String path = "/demo/returns-" + file + ".json";
        try (InputStream in = DemoReturns.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Demo returns file missing: " + path);
            return JsonMapper.builder().build().readValue(in, ReturnsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Actor actor(PartnershipId partnership, String email) {
        return members.findByEmail(email).filter(m -> m.partnershipId().equals(partnership))
                .flatMap(m -> members.activeActor(m.requireId()))
                .orElseThrow(() -> new IllegalStateException("Demo member missing from the partnership: " + email));
    }

    private org.lscp.workspace.domain.shared.AgencyId agency(PartnershipId partnership, String name) {
        List<Agency> found = agencies.find(partnership, new AgencyFilter(name, null), PageRequest.first(5)).stream()
                .filter(a -> a.name().equals(name)).toList();
        if (found.size() != 1) throw new IllegalStateException("Demo agency \"" + name + "\" matches " + found.size());
        return found.getFirst().requireId();
    }
}
