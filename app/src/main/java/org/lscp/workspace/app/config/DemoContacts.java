package org.lscp.workspace.app.config;

import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import tools.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.IOException;
import org.lscp.workspace.domain.shared.audit.Audit;
import static org.lscp.workspace.domain.frontdoor.model.ThresholdLevel.CHILD_IN_NEED_ASSESSMENT;
import static org.lscp.workspace.domain.frontdoor.model.ThresholdLevel.EARLY_HELP;
import static org.lscp.workspace.domain.frontdoor.model.ThresholdLevel.IMMEDIATE_PROTECTION;
import static org.lscp.workspace.domain.frontdoor.model.ThresholdLevel.STRATEGY_DISCUSSION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.Conference;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.DiscussionOutcome;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagRules;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Invitation;
import org.lscp.workspace.domain.frontdoor.model.ProtectionRules;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.SectionFortySeven;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.model.Oversight;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * Demo MASH contacts for Enfield over the last 12 months, following the pattern of practice the seeds describe (the
 * 2018 focused visit): most decisions in timescale and some late; a queue of undecided contacts; children who
 * disclosed physical or sexual abuse whose contact was not taken to a strategy discussion, and s47 decisions with no
 * child protection medical considered; gaps in management oversight; children contacted about again and again; a few
 * agency checks, some answered late. Written through the outgoing ports directly, because every time is historical
 * and the use cases stamp "now". Flags are then computed by {@link FlagRules} exactly as {@code FlagKeeper}
 * does, as of the clock. Deterministic: a fixed seed, so every demo database holds the same contacts relative to
 * today. Nothing here is about a real person.
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
final class DemoContacts {
    private static final String FILE = "/demo/contacts-enfield.json";
    private static final long SEED = 20_180_731L;
    private static final int OPEN_QUEUE = 15;
    private static final String MANAGER = "mash.manager@enfield.example";
    private static final String MASH = "mash@enfield.example";
    private static final String SECOND_MANAGER = "mash.manager2@enfield.example";
    /** The demo practitioners who submit their own agency's contacts; the MASH practitioner submits the rest. */
    private static final List<String> PRACTITIONERS = List.of("police@enfield.example", "health@enfield.example",
            "school@enfield.example", "earlyhelp@enfield.example", MASH);
    private static final Set<AgencyKind> CHECKED = EnumSet.of(AgencyKind.POLICE, AgencyKind.HEALTH,
            AgencyKind.EDUCATION, AgencyKind.EARLY_HELP, AgencyKind.HOUSING, AgencyKind.PROBATION);

    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final FlagRepository flags;
    private final CheckRepository checks;
    private final AgencyRepository agencies;
    private final MemberRepository members;
    private final BankHolidayRepository holidays;
    private final StrategyDiscussionRepository discussions;
    private final Clock clock;
    private final Tables tables = Tables.read();

    DemoContacts(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags, CheckRepository checks,
                 AgencyRepository agencies, MemberRepository members, BankHolidayRepository holidays,
                 StrategyDiscussionRepository discussions, Clock clock) {
        this.discussions = discussions;
        this.contacts = contacts;
        this.decisions = decisions;
        this.flags = flags;
        this.checks = checks;
        this.agencies = agencies;
        this.members = members;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** Writes exactly {@code count} contacts, oldest first, so references rise with the date received. */
    void load(PartnershipId partnership, int count) {
        if (count > 0) new Run(partnership).write(count);
    }

    // ------------------------------------------------------------------------------------------- the tables

    private record Weighted<T>(T value, int weight) {
    }

    /** What a contact is about: who it suits (ages; -1 is unborn), how often it comes, from whom, and its words. */
    private record Scenario(int weight, int minAge, int maxAge, int disclosurePercent, int red, int amber, int green,
                            List<AgencyKind> from, Set<ConcernCategory> concerns, List<String> summaries) {
        boolean abuse() {
            return concerns.stream().anyMatch(ConcernCategory::abuse);
        }
    }

    /**
     * {@code from} may repeat a kind to weight it; a summary may start with "N+|" to suit children of N or older.
     * %N is the child's first name, %S/%O/%P the pronouns (he him his, she her her, they them their), %W was/were.
     */
    private static Scenario scenario(int weight, int minAge, int maxAge, int disclosure, int red, int amber, int green,
                                     String from, String concerns, String... summaries) {
        return new Scenario(weight, minAge, maxAge, disclosure, red, amber, green,
                Arrays.stream(from.split(" ")).map(AgencyKind::valueOf).toList(),
                Collections.unmodifiableSet(Arrays.stream(concerns.split(" ")).map(ConcernCategory::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConcernCategory.class)))),
                List.of(summaries));
    }

    /** The file's form of a scenario: agency kinds and concerns as space-separated names. */
    record ScenarioRow(int weight, int minAge, int maxAge, int disclosurePercent, int red, int amber, int green,
                       String from, String concerns, List<String> summaries) {
    }

    /**
     * {@code demo/contacts-enfield.json}: what contacts are about and how often, the words they are written in, and
     * the weights every choice is drawn by. A table is "VALUE weight, VALUE weight"; names are space-separated.
     */
    record TablesFile(List<ScenarioRow> scenarios, Map<String, String> levels, String ages, String genders,
                      String ethnicities, String policeChannels, String channels, String abuseConsent,
                      String policeConsent, String consent, Map<String, String> names,
                      Map<String, List<String>> rationales, Map<AgencyKind, List<String>> roles,
                      Map<AgencyKind, List<String>> findings, Map<FlagType, List<String>> resolutions) {
    }

    /** The tables, read. */
    private record Tables(List<Scenario> scenarios, Map<Rag, List<Weighted<ThresholdLevel>>> levels,
                          List<Weighted<Integer>> ages, List<Weighted<Gender>> genders,
                          List<Weighted<Ethnicity>> ethnicities, List<Weighted<Channel>> policeChannels,
                          List<Weighted<Channel>> channels, List<Weighted<ConsentBasis>> abuseConsent,
                          List<Weighted<ConsentBasis>> policeConsent, List<Weighted<ConsentBasis>> consent,
                          Map<String, List<String>> names, String initials, Map<String, List<String>> rationales,
                          Map<AgencyKind, List<String>> roles, Map<AgencyKind, List<String>> findings,
                          Map<FlagType, List<String>> resolutions) {
        static Tables read() {
            TablesFile f;
            try (InputStream in = DemoContacts.class.getResourceAsStream(FILE)) {
                if (in == null) throw new IllegalStateException("Demo contacts file missing: " + FILE);
                f = JsonMapper.builder().build().readValue(in, TablesFile.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<Rag, List<Weighted<ThresholdLevel>>> levels = new EnumMap<>(Rag.class);
            f.levels().forEach((rag, spec) -> levels.put(Rag.valueOf(rag), table(ThresholdLevel::valueOf, spec)));
            Map<String, List<String>> names = new HashMap<>();
            f.names().forEach((k, v) -> names.put(k, words(v)));
            return new Tables(f.scenarios().stream().map(r -> scenario(r.weight(), r.minAge(), r.maxAge(),
                            r.disclosurePercent(), r.red(), r.amber(), r.green(), r.from(), r.concerns(),
                            r.summaries().toArray(String[]::new))).toList(),
                    levels, table(Integer::valueOf, f.ages()), table(Gender::valueOf, f.genders()),
                    table(Ethnicity::valueOf, f.ethnicities()), table(Channel::valueOf, f.policeChannels()),
                    table(Channel::valueOf, f.channels()), table(ConsentBasis::valueOf, f.abuseConsent()),
                    table(ConsentBasis::valueOf, f.policeConsent()), table(ConsentBasis::valueOf, f.consent()),
                    names, f.names().get("initials"), f.rationales(), f.roles(), f.findings(), f.resolutions());
        }

        List<String> names(String which) {
            return names.get(which);
        }

        List<String> rationale(String which) {
            return rationales.get(which);
        }
    }

    // ------------------------------------------------------------------------------------------- one load

    private final class Run {
        private final PartnershipId partnership;
        private final Random random = new Random(SEED);
        private final Instant now = clock.instant();
        private final LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        private final WorkingCalendar calendar;
        private final List<Agency> sources;
        private final Map<AgencyKind, List<Agency>> byKind = new EnumMap<>(AgencyKind.class);
        private final Map<AgencyId, Member> practitioners = new HashMap<>();
        private final Member mash;
        private final Member manager;
        /** Oversight must come from a manager other than the one who decided: the MASH's second manager. */
        private final Member overseer;
        private final Map<String, List<Instant>> contactsByChild = new HashMap<>();
        /** How many strategy discussions so far: the nth follows the seeds' pattern (see discuss). */
        private int discussed;

        Run(PartnershipId partnership) {
            this.partnership = partnership;
            this.calendar = holidays.calendar(partnership);
            this.sources = agencies.find(partnership, AgencyFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT));
            if (sources.isEmpty()) throw new IllegalStateException("Demo contacts need the partnership's agencies");
            for (Agency a : sources) byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
            this.mash = required(MASH);
            this.manager = required(MANAGER);
            this.overseer = required(SECOND_MANAGER);
            for (String email : PRACTITIONERS) {
                member(email).ifPresent(m -> practitioners.putIfAbsent(m.agencyId(), m));
            }
        }

        void write(int count) {
            int open = Math.min(OPEN_QUEUE, count / 3);
            List<Instant> times = new ArrayList<>(count);
            for (int i = 0; i < count; i++) times.add(i < count - open ? pastTime() : recentTime());
            Collections.sort(times);
            List<Integer> who = children(count);
            Map<Integer, Child> children = new HashMap<>();
            for (int i = 0; i < count; i++) {
                Instant received = times.get(i);
                Child child = children.computeIfAbsent(who.get(i), n -> child(n, received));
                write(i, received, child, i >= count - open);
            }
        }

        private void write(int i, Instant received, Child child, boolean open) {
            int age = child.dateOfBirth() == null ? -1
                    : Period.between(child.dateOfBirth(), LocalDate.ofInstant(received, London.ZONE)).getYears();
            Scenario s = weighted(tables.scenarios().stream().filter(x -> x.minAge() <= age && age <= x.maxAge())
                    .map(x -> new Weighted<>(x, x.weight())).toList());
            Agency source = source(s, i);
            AgencyKind kind = source.kind();
            boolean disclosure = random.nextInt(100) < s.disclosurePercent();
            Rag rag = weighted(List.of(new Weighted<>(Rag.RED, s.red()), new Weighted<>(Rag.AMBER, s.amber()),
                    new Weighted<>(Rag.GREEN, s.green())));
            ConsentBasis consent = weighted(s.abuse() || disclosure ? tables.abuseConsent()
                    : kind == AgencyKind.POLICE ? tables.policeConsent() : tables.consent());
            String summary = fill(template(s.summaries(), age) + " " + consentNote(consent, kind), child, "");
            boolean assigned = !open || random.nextBoolean();
            Member submitter = practitioners.getOrDefault(source.requireId(), mash);
            Contact contact = Contact.received(partnership, new Receipt(received, source.requireId(),
                    ContactSource.forAgency(kind), referrer(kind),
                    weighted(kind == AgencyKind.POLICE ? tables.policeChannels() : tables.channels()),
                    submitter.requireId()), child,
                    new Concern(s.concerns(), disclosure, summary, consent, rag),
                    DecisionTimescales.DEFAULTS.deadline(rag, received, calendar), Set.of());
            Contact saved = contacts.insert(assigned ? contact.assignedTo(mash.requireId(), mash.name()) : contact,
                    LocalDate.ofInstant(received, London.ZONE).getYear());
            long repeats = repeats(child.caseSystemId(), received);
            checks(saved, open);
            List<Flag> raised = new ArrayList<>();
            if (open) {
                reconcile(raised, saved, null, null, repeats, now, null);
            } else {
                ThresholdDecision current = decide(saved, repeats, raised);
                // a referral's case is allocated to a team and a social worker (Annex A Lists 3 and 5)
                contacts.save(current.level().atLeast(CHILD_IN_NEED_ASSESSMENT) ? saved.markedDecided().allocatedTo(
                        new Allocation(one(tables.names("teams")).replace('_', ' '), adult())) : saved.markedDecided());
            }
            resolveSome(raised);
        }

        // ------------------------------------------------------------------------------------- decisions

        /** The first decision and, now and then, a revision; flags as they stood at the revision, then now. */
        private ThresholdDecision decide(Contact c, long repeats, List<Flag> raised) {
            ThresholdLevel level = level(c);
            Instant decidedAt = decisionTime(c);
            ThresholdLevel revisedLevel = revision(c, level);
            Instant revisedAt = revisedLevel == null ? null
                    : calendar.addWorkingHours(decidedAt, Duration.ofMinutes(120 + random.nextInt(1800)));
            if (revisedAt != null && revisedAt.isAfter(now.minus(Duration.ofHours(2)))) {
                revisedLevel = null;
                revisedAt = null;
            }
            ThresholdDecision first = decisions.save(decision(c, level, rationale(c, level), decidedAt, null,
                    revisedAt == null, revisedAt == null ? now : revisedAt, 80));
            if (revisedLevel == null || revisedAt == null) {
                reconcile(raised, c, first, decidedAt, repeats, now, discuss(c, first));
                return first;
            }
            reconcile(raised, c, first, decidedAt, repeats, revisedAt, null);
            ThresholdDecision revised = decisions.save(decision(c, revisedLevel, revisedRationale(c, level,
                    revisedLevel), revisedAt, first.id(), true, now, 100));
            reconcile(raised, c, revised, decidedAt, repeats, now, discuss(c, revised));
            return revised;
        }

        // ------------------------------------------------------------------------------------- after the front door

        /**
         * The strategy discussion a decision calls for, as the seeds found them: most held within a working day with
         * the police and health, health missing from a quarter; most leading to a section 47 enquiry, one in nine to
         * no further action; most conferences within 15 working days, one in six later, a few deemed unnecessary.
         * The pattern goes by count (the nth discussion), so it holds whatever day the demo is loaded. None before it
         * would have happened by now.
         */
        private @Nullable StrategyDiscussion discuss(Contact c, ThresholdDecision current) {
            if (!ProtectionRules.callsForADiscussion(current)) return null;
            int n = ++discussed;
            Instant held = calendar.addWorkingHours(current.decidedAt(), Duration.ofMinutes(n % 7 != 3
                    ? 30 + random.nextInt(420) : 540 + random.nextInt(1400)));
            if (held.isAfter(now)) return null;
            List<Invitation> invited = new ArrayList<>();
            for (Agency a : sources) {
                if (!Invitation.mustTakePart(a.kind())) continue;
                Invitation i = Invitation.of(a.requireId(), a.name(), a.kind());
                Member member = practitioners.get(a.requireId());
                Instant recorded = held.plus(Duration.ofMinutes(20 + random.nextInt(200)));
                if (member != null && recorded.isBefore(now)) {
                    boolean police = a.kind() == AgencyKind.POLICE;
                    boolean tookPart = police ? n % 19 != 5 : n % 4 != 1;
                    i = i.recorded(tookPart, tookPart ? say(one(tables.rationale(police ? "SHARED_POLICE"
                            : "SHARED_HEALTH")), c) : null, member.requireId(), member.name(), recorded);
                }
                invited.add(i);
            }
            StrategyDiscussion d = discussions.insert(StrategyDiscussion.convened(partnership, c.requireId(),
                    current.id(), held, manager.requireId(), manager.name(), invited));
            if (held.plus(Duration.ofHours(2)).isAfter(now)) return d;
            SectionFortySeven enquiry = n % 9 == 4 ? SectionFortySeven.NONE
                    : random.nextInt(100) < 66 ? SectionFortySeven.JOINT_WITH_POLICE : SectionFortySeven.SINGLE_AGENCY;
            boolean medical = c.physicalOrSexualAbuse() && enquiry.startsAnEnquiry() && random.nextInt(100) < 75;
            LocalDate heldOn = d.heldOn();
            d = discussions.save(d.withOutcome(new DiscussionOutcome(enquiry,
                    enquiry.startsAnEnquiry() ? null : say(one(tables.rationale("NO_S47")), c),
                    current.level() == IMMEDIATE_PROTECTION ? say(one(tables.rationale("SAFETY")), c) : null,
                    say(one(tables.rationale(switch (enquiry) {
                        case JOINT_WITH_POLICE -> "S47_JOINT";
                        case SINGLE_AGENCY -> "S47_SINGLE";
                        case NONE -> "NO_S47";
                    })), c), medical, medical ? calendar.addWorkingDays(heldOn, random.nextInt(2)) : null,
                    medical ? null : say(one(tables.rationale("NO_MEDICAL")), c))));
            if (!enquiry.startsAnEnquiry()) return d;
            if (n % 13 == 6) {
                return discussions.save(d.withConference(new Conference(true, say(one(tables.rationale("NO_ICPC")),
                        c), null, null)));
            }
            LocalDate date = calendar.addWorkingDays(heldOn, n % 6 != 2 ? 8 + random.nextInt(8)
                    : 16 + random.nextInt(7));
            if (calendar.addWorkingDays(heldOn, 3).isAfter(today)) return d; // no date set yet
            Boolean plan = date.isBefore(today) ? random.nextInt(100) < 70 : null;
            return discussions.save(d.withConference(new Conference(false, null, date, plan)));
        }

        /** A quarter of disclosures of abuse stop below a strategy discussion (the focused visit's finding). */
        private ThresholdLevel level(Contact c) {
            if (!c.abuseDisclosed()) {
                return weighted(tables.levels().get(c.rag()));
            }
            int x = random.nextInt(100);
            if (x < 25) return random.nextBoolean() ? EARLY_HELP : CHILD_IN_NEED_ASSESSMENT;
            return x < 92 ? STRATEGY_DISCUSSION : IMMEDIATE_PROTECTION;
        }

        /** About 89% within the RAG deadline (in working hours), the rest late; never in the future. */
        private Instant decisionTime(Contact c) {
            int budget = switch (c.rag()) {
                case RED -> 240;
                case AMBER -> 480;
                case GREEN -> 1440;
            };
            Instant t = random.nextInt(100) < 11
                    ? calendar.addWorkingHours(c.deadline(), Duration.ofMinutes(20 + random.nextInt(budget * 2)))
                    : calendar.addWorkingHours(c.receivedAt(), Duration.ofMinutes(10 + random.nextInt(budget - 15)));
            Instant latest = now.minus(Duration.ofMinutes(30 + random.nextInt(300)));
            return t.isAfter(latest) ? latest : t;
        }

        /** Some disclosures are taken to a strategy discussion after challenge; a few other decisions are revised. */
        private @Nullable ThresholdLevel revision(Contact c, ThresholdLevel level) {
            if (c.abuseDisclosed() && !level.atLeast(STRATEGY_DISCUSSION)) {
                return random.nextInt(100) < 40 ? STRATEGY_DISCUSSION : null;
            }
            if (random.nextInt(100) >= 5) return null;
            return switch (level) {
                case NO_FURTHER_ACTION, UNIVERSAL_SERVICES -> EARLY_HELP;
                case EARLY_HELP -> CHILD_IN_NEED_ASSESSMENT;
                case CHILD_IN_NEED_ASSESSMENT -> random.nextBoolean() ? EARLY_HELP : STRATEGY_DISCUSSION;
                case STRATEGY_DISCUSSION -> c.physicalOrSexualAbuse() ? null : CHILD_IN_NEED_ASSESSMENT;
                case IMMEDIATE_PROTECTION -> null;
            };
        }

        private ThresholdDecision decision(Contact c, ThresholdLevel level, String rationale, Instant at,
                                           @Nullable Long supersedes, boolean current, Instant overseenBefore,
                                           int medicalPercent) {
            boolean s47 = level.atLeast(STRATEGY_DISCUSSION);
            boolean medical = s47 && c.physicalOrSexualAbuse() && random.nextInt(100) < medicalPercent;
            LocalDate discussion = null;
            if (s47) {
                LocalDate day = LocalDate.ofInstant(at, London.ZONE);
                if (random.nextBoolean()) day = calendar.addWorkingDays(day, 1);
                discussion = day.isAfter(today) ? today : day;
            }
            Instant overseen = oversight(at, overseenBefore);
            ThresholdDecision d = ThresholdDecision.made(c.requireId(), level, rationale, nextStep(level), discussion,
                    medical, manager.requireId(), manager.name(), at, supersedes);
            return (current ? d : d.superseded()).withOversight(overseen == null ? null
                    : new Oversight(overseer.requireId(), overseer.name(), overseen,
                            one(tables.rationale("OVERSIGHT"))));
        }

        /**
         * A well-run MASH: about 90% within one working day, the rest later; among the last week's, 3% not yet. Never
         * after {@code before} or now (so the latest decisions are still waiting, and show on the oversight list).
         */
        private @Nullable Instant oversight(Instant decidedAt, Instant before) {
            int x = random.nextInt(100);
            // never overseen only lately: an older gap has been caught up by now, however late
            if (x >= 97 && decidedAt.isAfter(now.minus(Duration.ofDays(7)))) return null;
            int minutes = x < 90 ? 15 + random.nextInt(435) : 540 + random.nextInt(1900);
            Instant t = calendar.addWorkingHours(decidedAt, Duration.ofMinutes(minutes));
            return t.isBefore(before) && t.isBefore(now) ? t : null;
        }

        private String rationale(Contact c, ThresholdLevel level) {
            if (c.abuseDisclosed() && !level.atLeast(STRATEGY_DISCUSSION)) {
                return say(one(tables.rationale("MINIMISED")), c);
            }
            List<String> options = switch (level) {
                case NO_FURTHER_ACTION -> tables.rationale(random.nextInt(100) < 8 ? "THIN_NFA" : "NFA");
                case UNIVERSAL_SERVICES -> tables.rationale("UNIVERSAL");
                case EARLY_HELP -> tables.rationale("EARLY");
                case CHILD_IN_NEED_ASSESSMENT -> tables.rationale("ASSESSMENT");
                case STRATEGY_DISCUSSION -> tables.rationale("STRATEGY");
                case IMMEDIATE_PROTECTION -> tables.rationale("PROTECTION");
            };
            return say(one(options), c);
        }

        private String revisedRationale(Contact c, ThresholdLevel from, ThresholdLevel to) {
            String text = switch (to) {
                case STRATEGY_DISCUSSION -> c.abuseDisclosed()
                        ? "Revised after challenge at the MASH meeting: %N disclosed abuse, so a strategy discussion "
                        + "is needed. CP medical to be considered."
                        : "Revised: new information from police raises concern of significant harm to %N. Strategy "
                        + "discussion convened.";
                case EARLY_HELP -> from == CHILD_IN_NEED_ASSESSMENT
                        ? "Revised: the parents have accepted early help and a family plan meets the concerns about "
                        + "%C. Assessment not needed."
                        : "Revised after the referrer challenged the decision: further information shows the family "
                        + "need support. Early help offered and accepted.";
                case CHILD_IN_NEED_ASSESSMENT -> from == STRATEGY_DISCUSSION
                        ? "Revised after the strategy discussion: the threshold for s47 is not met. Continue with an "
                        + "assessment under s17."
                        : "Revised: agency checks show previous incidents at the address. Cumulative concerns about "
                        + "%C need a child and family assessment.";
                default -> "Revised after further information from partner agencies.";
            };
            return say(text, c);
        }

        private static String nextStep(ThresholdLevel level) {
            return switch (level) {
                case NO_FURTHER_ACTION -> "Close; outcome to the referrer";
                case UNIVERSAL_SERVICES -> "Signpost to universal services; outcome to the referrer";
                case EARLY_HELP -> "Early Help hub: family support worker";
                case CHILD_IN_NEED_ASSESSMENT -> "Referral and Assessment: child and family assessment";
                case STRATEGY_DISCUSSION -> "Strategy discussion with police and health";
                case IMMEDIATE_PROTECTION -> "Emergency placement; strategy discussion";
            };
        }

        // ------------------------------------------------------------------------------------- flags

        /** FlagKeeper.reconcile, as of {@code at}, over this contact's flags held in memory. */
        private void reconcile(List<Flag> raised, Contact c, @Nullable ThresholdDecision current,
                               @Nullable Instant firstDecisionAt, long repeats, Instant at,
                               @Nullable StrategyDiscussion discussion) {
            var changes = FlagRules.reconcile(raised, FlagRules.applicable(c, current, firstDecisionAt, repeats, at,
                    calendar, discussion, ProtectionTimescales.DEFAULTS));
            for (FlagType type : changes.raise()) {
                raised.add(flags.save(Flag.raised(c.requireId(), type, raisedAt(type, c, current, discussion, at))));
            }
            for (Flag open : changes.clear()) {
                raised.set(raised.indexOf(open), flags.save(open.resolved(at, Audit.SYSTEM, Flag.CLEARED)));
            }
        }

        /** When the rule first applied (when the service or the sweep would have raised it), at latest {@code at}. */
        private Instant raisedAt(FlagType type, Contact c, @Nullable ThresholdDecision current,
                                 @Nullable StrategyDiscussion discussion, Instant at) {
            Instant t = switch (type) {
                case REPEAT_CONTACT -> c.receivedAt();
                case DECISION_OVERDUE -> c.deadline();
                case NO_OVERSIGHT -> calendar.addWorkingDays(Objects.requireNonNull(current).decidedAt(), 1);
                case DISCLOSURE_NOT_PROGRESSED, MEDICAL_NOT_CONSIDERED -> Objects.requireNonNull(current).decidedAt();
                case STRATEGY_DISCUSSION_LATE -> ProtectionTimescales.DEFAULTS.discussionDue(
                        Objects.requireNonNull(current).decidedAt(), calendar);
                case AGENCY_NOT_PRESENT -> Objects.requireNonNull(discussion).heldAt();
                case ICPC_LATE -> ProtectionTimescales.DEFAULTS.conferenceDue(
                        Objects.requireNonNull(discussion).heldAt(), calendar);
            };
            return t.isAfter(at) ? at : t;
        }

        /**
         * Older flags are mostly resolved by the MASH manager with a reason, so raised, open and resolved all show and
         * the open ones mean something: late oversight is nearly always caught up within the week.
         */
        private void resolveSome(List<Flag> raised) {
            Instant threeWeeksAgo = now.minus(Duration.ofDays(21));
            Instant aWeekAgo = now.minus(Duration.ofDays(7));
            for (int k = 0; k < raised.size(); k++) {
                Flag f = raised.get(k);
                Instant olderThan = f.type() == FlagType.NO_OVERSIGHT ? aWeekAgo : threeWeeksAgo;
                if (!f.open() || !f.raisedAt().isBefore(olderThan)) continue;
                int chance = switch (f.type()) {
                    case REPEAT_CONTACT -> 70;
                    case DECISION_OVERDUE -> 60;
                    case NO_OVERSIGHT -> 95;
                    case MEDICAL_NOT_CONSIDERED -> 30;
                    case DISCLOSURE_NOT_PROGRESSED -> 10;
                    case STRATEGY_DISCUSSION_LATE, ICPC_LATE -> 40;
                    case AGENCY_NOT_PRESENT -> 50;
                };
                if (random.nextInt(100) >= chance) continue;
                Instant at = calendar.addWorkingHours(f.raisedAt(), Duration.ofMinutes(60 + random.nextInt(2400)));
                if (at.isBefore(now)) {
                    raised.set(k, flags.save(f.resolved(at, manager.name(),
                            one(tables.resolutions().get(f.type())))));
                }
            }
        }

        private long repeats(String caseSystemId, Instant received) {
            List<Instant> seen = contactsByChild.computeIfAbsent(caseSystemId, id -> new ArrayList<>());
            seen.add(received);
            Instant from = received.atZone(London.ZONE).minusMonths(12).toInstant();
            return seen.stream().filter(t -> !t.isBefore(from) && !t.isAfter(received)).count();
        }

        // ------------------------------------------------------------------------------------- checks

        /** A few contacts ask partner agencies what they know; most answer in time, some late, a few never. */
        private void checks(Contact c, boolean open) {
            int chance = open ? 45 : c.rag() == Rag.GREEN ? 10 : 30;
            if (random.nextInt(100) >= chance) return;
            Instant requested = calendar.addWorkingHours(c.receivedAt(), Duration.ofMinutes(10 + random.nextInt(80)));
            if (!requested.isBefore(now)) return;
            Instant due = c.rag() == Rag.RED ? calendar.addWorkingHours(requested, Duration.ofHours(4))
                    : calendar.addWorkingDays(requested, 1);
            List<Agency> asked = new ArrayList<>(sources.stream()
                    .filter(a -> CHECKED.contains(a.kind()) && !a.requireId().equals(c.sourceAgency())).toList());
            Collections.shuffle(asked, random);
            for (Agency agency : asked.subList(0, Math.min(asked.size(), 1 + random.nextInt(2)))) {
                int x = random.nextInt(100);
                Instant answered = x < 75
                        ? calendar.addWorkingHours(requested, Duration.ofMinutes(15 + random.nextInt(
                                c.rag() == Rag.RED ? 200 : 440)))
                        : x < 93 ? calendar.addWorkingHours(due, Duration.ofMinutes(60 + random.nextInt(1400))) : null;
                if (answered != null && !answered.isBefore(now)) answered = null;
                Member responder = practitioners.get(agency.requireId());
                String by = answered == null ? null : responder != null ? responder.name() : adult();
                checks.save(new AgencyCheck(null, c.requireId(), agency.requireId(), requested, mash.name(), due,
                        answered, by, answered == null ? null : one(tables.findings().get(agency.kind()))));
            }
        }

        // ------------------------------------------------------------------------------------- times, children

        /** Over the year before the last few days: fewer at weekends and on bank holidays, most in office hours. */
        private Instant pastTime() {
            LocalDate day;
            do {
                day = today.minusDays(4 + random.nextInt(361));
            } while (!calendar.isWorkingDay(day) && random.nextInt(100) < 65);
            LocalTime time = calendar.isWorkingDay(day) && random.nextInt(100) < 80
                    ? LocalTime.of(9, 0).plusMinutes(random.nextInt(480))
                    : LocalTime.ofSecondOfDay(random.nextInt(86_400));
            return day.atTime(time).plusSeconds(random.nextInt(60)).atZone(London.ZONE).toInstant();
        }

        /** The undecided queue: received in the last two and a half days. */
        private Instant recentTime() {
            return now.minus(Duration.ofMinutes(10 + random.nextInt(3590)));
        }

        /** Which child each contact is about: about 10% of children have 3 to 5 contacts, 12% two. */
        private List<Integer> children(int count) {
            List<Integer> slots = new ArrayList<>(count + 5);
            for (int child = 0; slots.size() < count; child++) {
                int roll = random.nextInt(100);
                int contactsAbout = roll < 10 ? 3 + random.nextInt(3) : roll < 22 ? 2 : 1;
                for (int j = 0; j < contactsAbout; j++) slots.add(child);
            }
            List<Integer> who = new ArrayList<>(slots.subList(0, count));
            Collections.shuffle(who, random);
            return who;
        }

        /** Made at the child's first contact, so the date of birth is before it; under 18 today. */
        private Child child(int n, Instant firstContact) {
            String id = "ENF-%06d".formatted(100_000 + n * 7 + random.nextInt(7));
            Ethnicity ethnicity = weighted(tables.ethnicities());
            if (random.nextInt(100) < 2) {
                return new Child(id, "Unborn baby of " + one(tables.names("mothers")) + " " + initial() + ".", null,
                        Gender.NOT_STATED,
                        ethnicity, Disability.NOT_KNOWN);
            }
            Gender gender = weighted(tables.genders());
            List<String> names = switch (gender) {
                case MALE -> tables.names("boys");
                case FEMALE -> tables.names("girls");
                case NOT_STATED, NEITHER -> random.nextBoolean() ? tables.names("boys") : tables.names("girls");
            };
            LocalDate dob = LocalDate.ofInstant(firstContact, London.ZONE).minusYears(weighted(tables.ages()))
                    .minusDays(random.nextInt(365));
            LocalDate oldest = today.minusYears(18).plusDays(1);
            if (dob.isBefore(oldest)) dob = oldest.plusDays(random.nextInt(60));
            return new Child(id, one(names) + " " + initial() + ".", dob, gender, ethnicity, Disability.NOT_KNOWN);
        }

        private char initial() {
            return tables.initials().charAt(random.nextInt(tables.initials().length()));
        }

        // ------------------------------------------------------------------------------------- words

        /** Mostly an agency that usually raises such a concern; every agency contributes some contacts. */
        private Agency source(Scenario s, int i) {
            if (i % 23 == 11) return sources.get((i / 23) % sources.size());
            List<Agency> preferred = s.from().stream()
                    .flatMap(k -> byKind.getOrDefault(k, List.of()).stream()).toList();
            return preferred.isEmpty() || random.nextInt(100) < 25 ? one(sources) : one(preferred);
        }

        private String referrer(AgencyKind kind) {
            return adult() + ", " + one(tables.roles().get(kind));
        }

        private String adult() {
            return one(tables.names("adults")) + " " + one(tables.names("surnames"));
        }

        private String template(List<String> summaries, int age) {
            List<String> fit = summaries.stream().filter(t -> minAge(t) <= age).toList();
            String t = one(fit.isEmpty() ? summaries : fit);
            return t.matches("\\d+\\+\\|.*") ? t.substring(t.indexOf('|') + 1) : t;
        }

        private String consentNote(ConsentBasis consent, AgencyKind kind) {
            return switch (consent) {
                case CONSENT_GIVEN -> one(List.of("Parents know about and agree to the referral.",
                        "Mother consented to the referral.", "The family agreed to information being shared."));
                case NOT_SOUGHT_RISK_OF_HARM -> "Parents not told: it could place %N at greater risk.";
                case REFUSED_OVERRIDDEN -> "Father refused consent; shared to protect %N.";
                case NOT_REQUIRED -> kind == AgencyKind.POLICE ? "Shared under the police notification protocol." : "";
            };
        }

        /** Fills a rationale for the contact's child and main concern. */
        private String say(String text, Contact c) {
            ConcernCategory primary = Collections.min(c.concerns());
            return fill(text, c.child(), primary == ConcernCategory.OTHER ? "the family's circumstances"
                    : primary.label().toLowerCase(Locale.ROOT));
        }

        private <T> T one(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private <T> T weighted(List<Weighted<T>> table) {
            int total = table.stream().mapToInt(Weighted::weight).sum();
            int x = random.nextInt(total);
            for (Weighted<T> w : table) {
                x -= w.weight();
                if (x < 0) return w.value();
            }
            throw new IllegalStateException("empty table");
        }

        private Optional<Member> member(String email) {
            return members.findByEmail(email).filter(m -> m.active() && m.partnershipId().equals(partnership));
        }

        private Member required(String email) {
            return member(email).orElseThrow(() -> new IllegalStateException("Demo member missing: " + email));
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static <T> List<Weighted<T>> table(Function<String, T> parse, String spec) {
        return Arrays.stream(spec.split(",")).map(String::strip).map(entry -> entry.split(" "))
                .map(p -> new Weighted<>(parse.apply(p[0]), Integer.parseInt(p[1]))).toList();
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private static int minAge(String template) {
        return template.matches("\\d+\\+\\|.*") ? Integer.parseInt(template.substring(0, template.indexOf('+'))) : -1;
    }

    /** %N first name ("the baby" before birth), %S/%O/%P pronouns, %W was/were, %C the main concern. */
    private static String fill(String text, Child child, String concern) {
        int space = child.name().indexOf(' ');
        String name = child.dateOfBirth() == null ? "the baby"
                : space < 0 ? child.name() : child.name().substring(0, space);
        String[] p = switch (child.gender()) {
            case MALE -> new String[] {"he", "him", "his", "was"};
            case FEMALE -> new String[] {"she", "her", "her", "was"};
            case NOT_STATED, NEITHER -> new String[] {"they", "them", "their", "were"};
        };
        String out = text.strip().replace("%N", name).replace("%S", p[0]).replace("%O", p[1]).replace("%P", p[2])
                .replace("%W", p[3]).replace("%C", concern);
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
