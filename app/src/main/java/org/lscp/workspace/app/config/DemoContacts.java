package org.lscp.workspace.app.config;

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
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagRules;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.Oversight;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
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
final class DemoContacts {
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
    private final Clock clock;

    DemoContacts(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags, CheckRepository checks,
                 AgencyRepository agencies, MemberRepository members, BankHolidayRepository holidays, Clock clock) {
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

    private static final List<Scenario> SCENARIOS = List.of(
            // physical or sexual abuse disclosed by the child (what the focused visit found not progressed)
            scenario(5, 5, 15, 100, 70, 30, 0, "EDUCATION EDUCATION HEALTH", "PHYSICAL_ABUSE",
                    "%N told %P class teacher that %P stepfather hit %O with a belt last night. Red marks seen on %P "
                            + "arm.",
                    "%N arrived at school with a bruise under %P eye and said %P mum's partner punched %O.",
                    "%N told the school nurse %S %W hit with a slipper for not doing homework. Bruising to the back "
                            + "of %P legs.",
                    "At the walk-in centre %N said %P father grabbed %O by the neck during an argument. Finger-mark "
                            + "bruising seen."),
            scenario(2, 6, 17, 100, 70, 30, 0, "EDUCATION CAMHS HEALTH POLICE", "SEXUAL_ABUSE",
                    "%N told a teaching assistant that an older cousin touched %O inappropriately when staying over "
                            + "at the weekend.",
                    "%N disclosed to %P CAMHS clinician that a family friend sexually assaulted %O last year. %N's "
                            + "parents do not know yet.",
                    "%N told %P youth worker that %P mother's boyfriend comes into %P room at night and touches %O."),
            scenario(1, 13, 17, 100, 80, 20, 0, "POLICE VOLUNTARY_SECTOR", "SEXUAL_ABUSE SEXUAL_EXPLOITATION MISSING",
                    "Found by police after two nights missing, %N said an adult man had sex with %O in exchange for a "
                            + "phone and a bed.",
                    "%N told a youth worker that older males at a flat in Edmonton made %O have sex with their "
                            + "friends."),
            scenario(1, 4, 17, 100, 70, 30, 0, "POLICE", "PHYSICAL_ABUSE DOMESTIC_ABUSE",
                    "At a domestic incident %N told officers %S %W kicked by %P father while trying to protect %P "
                            + "mother.",
                    "%N told police %P father punched %O when %S tried to stop him hitting %P mum. Swelling to %P "
                            + "jaw."),
            // physical abuse without a disclosure: injuries to babies
            scenario(2, 0, 0, 0, 80, 20, 0, "HEALTH", "PHYSICAL_ABUSE",
                    "Bruising to the cheek of %N, a non-mobile baby, seen by the health visitor at a routine visit. "
                            + "No explanation given.",
                    "Baby %N brought to A&E with a fractured arm; the parents' account does not fit the injury.",
                    "The GP saw a round burn on %N's foot; mother said the baby touched a radiator but the mark looks "
                            + "like a cigarette burn."),
            scenario(14, 0, 17, 10, 5, 45, 50, "EDUCATION EDUCATION HEALTH EARLY_HELP HOUSING VOLUNTARY_SECTOR",
                    "NEGLECT",
                    "4+|%N has come to school hungry and in the same clothes most days this term. Attendance 81%.",
                    "A home visit found very little food in the flat and no working heating. Mother is waiting for "
                            + "benefits to be paid.",
                    "3+|%N has missed three dental appointments and has untreated tooth decay that is causing pain.",
                    "The family support worker found the home cluttered and unsafe, with medication and a lighter "
                            + "within reach of %N.",
                    "4+|%N is often collected late and was left at school until 6pm twice this month.",
                    "4+|%N has had head lice for months and is teased about %P hygiene. Parents have not answered "
                            + "letters.",
                    "%N has missed immunisations and two hospital appointments for %P asthma.",
                    "10+|%N has been left alone overnight while %P mother works night shifts."),
            scenario(16, 0, 17, 0, 20, 55, 25, "POLICE POLICE POLICE POLICE HEALTH PROBATION HOUSING VOLUNTARY_SECTOR",
                    "DOMESTIC_ABUSE",
                    "Police called to the home after neighbours heard shouting. Mother had a cut lip; %N was in the "
                            + "next room.",
                    "Third domestic incident at the address this year. %N's father was arrested for assault and "
                            + "bailed not to return.",
                    "7+|%N called 999 saying %P dad was hurting %P mum. Officers found broken furniture; the father "
                            + "had left.",
                    "Verbal argument between the parents reported by a neighbour; no injuries. %N was asleep "
                            + "upstairs. DASH risk: standard.",
                    "Mother told her GP that her partner controls her money and phone and has threatened her in front "
                            + "of %N.",
                    "4+|Father breached a non-molestation order by coming to %N's school gates and shouting at the "
                            + "mother."),
            scenario(9, 3, 17, 60, 10, 50, 40, "EDUCATION EDUCATION CAMHS HEALTH", "EMOTIONAL_ABUSE",
                    "%N told %P teacher that %P mum calls %O stupid and says she wishes %S had never been born.",
                    "%N is withdrawn and anxious and says %S %W shouted at every evening and locked in %P room as a "
                            + "punishment.",
                    "Father often threatens to send %N abroad to live with relatives if %N does not behave.",
                    "%N is caught in a bitter separation; each parent tells %O that the other does not love %O."),
            scenario(6, 0, 17, 0, 15, 55, 30, "HEALTH HEALTH CAMHS EARLY_HELP", "MENTAL_HEALTH NEGLECT",
                    "Mother's mental health has got worse; she has stopped her medication and says she cannot cope "
                            + "with %N.",
                    "The GP reports that father is severely depressed and drinking daily. He is %N's only carer.",
                    "Mother was detained under the Mental Health Act overnight; %N is staying with a neighbour."),
            scenario(5, 0, 17, 0, 20, 55, 25, "SUBSTANCE_MISUSE PROBATION POLICE HEALTH", "SUBSTANCE_MISUSE",
                    "Mother has relapsed into heroin use and missed her script collection. %N is in her sole care.",
                    "Police found cannabis, scales and cash at the address during a warrant. %N was at home.",
                    "13+|%N was found drunk in a park by police and taken to A&E, the third time this year.",
                    "4+|Father came to collect %N from school drunk and staff would not let %O go with him."),
            scenario(5, 11, 17, 50, 30, 50, 20, "CAMHS HEALTH EDUCATION", "SELF_HARM MENTAL_HEALTH",
                    "%N attended A&E after taking an overdose of paracetamol. Discharged home with a CAMHS follow-up.",
                    "%N showed a friend cuts on %P wrists and said %S wanted to die. The school's safeguarding lead "
                            + "told the family.",
                    "%N disclosed suicidal thoughts to the school counsellor and has a plan.",
                    "Parents found %N had been searching online for ways to self-harm; %N will not talk to them about "
                            + "it."),
            scenario(4, 12, 17, 0, 40, 50, 10, "POLICE POLICE YOUTH_JUSTICE EDUCATION", "CRIMINAL_EXPLOITATION MISSING",
                    "%N was stopped by police in Norfolk with cash and wraps of crack cocaine, 100 miles from home. "
                            + "County lines concern.",
                    "%N has been missing overnight four times this month and came back with new clothes and two "
                            + "phones.",
                    "The youth justice worker is concerned %N is being groomed by older males to hold drugs and a "
                            + "knife.",
                    "%N was found in a flat in Luton after being reported missing and would not say how %S got there."),
            scenario(3, 12, 17, 0, 40, 50, 10, "POLICE EDUCATION HEALTH VOLUNTARY_SECTOR", "SEXUAL_EXPLOITATION",
                    "%N has been seen getting into cars with older men outside school, and has made repeated sexual "
                            + "health clinic visits.",
                    "An adult %N met online shared intimate images of %O; %N is refusing to speak to police.",
                    "%N has a much older 'boyfriend' who collects %O from school; %S went missing overnight twice "
                            + "this month."),
            scenario(4, 10, 17, 0, 15, 60, 25, "POLICE", "MISSING",
                    "%N was reported missing by %P mother for the second time this month; found at a friend's house "
                            + "the next day.",
                    "%N went missing after an argument at home and was found by police at Enfield Town station at 2am.",
                    "Return home interview: %N says arguments with %P stepfather make %O run away."),
            scenario(3, 0, 17, 0, 0, 40, 60, "HOUSING", "NEGLECT OTHER",
                    "A family of five is living in one room of temporary accommodation with damp and mould. %N has "
                            + "asthma.",
                    "The family face eviction next week with nowhere to go; mother is anxious about where %N will "
                            + "sleep."),
            scenario(1, 5, 16, 0, 0, 60, 40, "EDUCATION HEALTH", "PRIVATE_FOSTERING",
                    "The school learned %N has lived with a family friend for three months while %P mother is abroad. "
                            + "Not notified to the council."),
            scenario(1, 12, 17, 0, 10, 60, 30, "EDUCATION POLICE", "RADICALISATION",
                    "%N shared extremist videos with classmates and said violence against a group was justified. "
                            + "Prevent referral made."),
            scenario(5, 3, 17, 0, 0, 25, 75, "EARLY_HELP EDUCATION VOLUNTARY_SECTOR CHILDRENS_SOCIAL_CARE", "OTHER",
                    "Mother asked for help with %N's behaviour at home; no safeguarding concerns identified.",
                    "%N's parents are separating and %N has become aggressive at school. The parents are asking for "
                            + "support.",
                    "The family are new to the area and not registered with a GP; they ask for help with %N's speech "
                            + "delay."),
            // unborn babies (pre-birth referrals)
            scenario(1, -1, -1, 0, 10, 60, 30, "HEALTH HEALTH CHILDRENS_SOCIAL_CARE", "DOMESTIC_ABUSE",
                    "Pre-birth referral: the midwife reports the mother, 30 weeks pregnant, said her partner pushed "
                            + "her over last week.",
                    "Pre-birth: the mother, 26 weeks pregnant, fled domestic abuse in another borough; her ex-partner "
                            + "has found her address."),
            scenario(1, -1, -1, 0, 10, 60, 30, "HEALTH SUBSTANCE_MISUSE CHILDRENS_SOCIAL_CARE",
                    "SUBSTANCE_MISUSE MENTAL_HEALTH",
                    "Pre-birth: the mother is 24 weeks pregnant, using crack cocaine and not attending antenatal "
                            + "appointments.",
                    "Pre-birth: an older sibling was removed from the mother's care in 2022; she is now 20 weeks "
                            + "pregnant and very low in mood."));

    /**
     * Decision levels by RAG for contacts without a disclosure of abuse; with the disclosures, about NFA 25%,
     * universal 15%, early help 25%, CIN assessment 20%, strategy discussion 12%, immediate protection 3% overall.
     */
    private static final List<Weighted<ThresholdLevel>> RED_LEVELS = table(ThresholdLevel::valueOf,
            "NO_FURTHER_ACTION 4, EARLY_HELP 7, CHILD_IN_NEED_ASSESSMENT 33, STRATEGY_DISCUSSION 40,"
                    + " IMMEDIATE_PROTECTION 16");
    private static final List<Weighted<ThresholdLevel>> AMBER_LEVELS = table(ThresholdLevel::valueOf,
            "NO_FURTHER_ACTION 21, UNIVERSAL_SERVICES 14, EARLY_HELP 30, CHILD_IN_NEED_ASSESSMENT 32,"
                    + " STRATEGY_DISCUSSION 3");
    private static final List<Weighted<ThresholdLevel>> GREEN_LEVELS = table(ThresholdLevel::valueOf,
            "NO_FURTHER_ACTION 44, UNIVERSAL_SERVICES 26, EARLY_HELP 28, CHILD_IN_NEED_ASSESSMENT 2");
    private static final List<Weighted<Integer>> AGES = table(Integer::valueOf, "0 9, 1 6, 2 5, 3 5, 4 4, 5 5, 6 5,"
            + " 7 5, 8 5, 9 5, 10 5, 11 6, 12 6, 13 7, 14 8, 15 8, 16 7, 17 4");
    private static final List<Weighted<Gender>> GENDERS = table(Gender::valueOf,
            "MALE 48, FEMALE 48, NOT_STATED 3, NEITHER 1");
    private static final List<Weighted<Ethnicity>> ETHNICITIES = table(Ethnicity::valueOf, "WBRI 28, WOTH 17,"
            + " BAFR 13, OOTH 6, MWBC 5, MOTH 5, BCRB 5, BOTH 3, NOBT 3, MWBA 2, MWAS 2, AIND 2, ABAN 2, AOTH 2,"
            + " WIRI 1, WIRT 1, WROM 1, APKN 1, CHNE 1, REFU 1");
    private static final List<Weighted<Channel>> POLICE_CHANNELS = table(Channel::valueOf,
            "POLICE_NOTIFICATION 85, PHONE 10, EMAIL 5");
    private static final List<Weighted<Channel>> CHANNELS = table(Channel::valueOf,
            "ONLINE_FORM 45, EMAIL 25, PHONE 25, IN_PERSON 3, LETTER 2");
    private static final List<Weighted<ConsentBasis>> ABUSE_CONSENT = table(ConsentBasis::valueOf,
            "NOT_SOUGHT_RISK_OF_HARM 70, NOT_REQUIRED 15, CONSENT_GIVEN 10, REFUSED_OVERRIDDEN 5");
    private static final List<Weighted<ConsentBasis>> POLICE_CONSENT = table(ConsentBasis::valueOf,
            "NOT_REQUIRED 60, CONSENT_GIVEN 25, NOT_SOUGHT_RISK_OF_HARM 15");
    private static final List<Weighted<ConsentBasis>> CONSENT = table(ConsentBasis::valueOf,
            "CONSENT_GIVEN 70, NOT_SOUGHT_RISK_OF_HARM 12, NOT_REQUIRED 10, REFUSED_OVERRIDDEN 8");

    private static final List<String> BOYS = words("Oliver Muhammad Noah Leo Kacper Emre Tyrese Ayaan Kofi Jayden"
            + " Harry Yusuf Theo Daniel Mason Andreas Deniz Zain Reuben Elijah Joshua Ibrahim Archie Kai Samuel Mustafa"
            + " Ethan Alfie Jamal Luca");
    private static final List<String> GIRLS = words("Amira Olivia Leyla Zainab Mia Elif Aisha Ruby Maya Precious"
            + " Freya Lily Grace Sophia Hana Esther Ellie Nia Zeynep Maria Amelia Chloe Ava Eleni Hafsa Poppy Ama Isla"
            + " Defne Jessica");
    private static final List<String> MOTHERS = words("Shanice Fatma Agnieszka Chantelle Amina Stacey Ioanna Bukola"
            + " Hatice Demi");
    private static final List<String> ADULTS = words("Sarah James Fatma Michael Priya Olu Claire Mehmet Joanne David"
            + " Agnieszka Chris Funmi Paul Yasmin Kevin Sinead Hakan Rebecca Tunde Laura Marios Angela Lee");
    private static final List<String> SURNAMES = words("Hughes Adeyemi Yilmaz Georgiou Clarke Nowak Patel Osei Murphy"
            + " Campbell Demir Walsh Ahmed Bennett Kaur Fletcher Boateng Christou Lewis Doyle Hassan Kowalski Francis");
    private static final String INITIALS = "ABCDEGHJKLMNOPRSTWY";

    private static final List<String> NFA = List.of(
            "The information does not indicate that %N is at risk of harm. Parents have acted protectively. Outcome "
                    + "shared with the referrer.",
            "No previous involvement and the family are working with the school. No role for children's social care; "
                    + "the referrer will keep monitoring.",
            "A one-off incident with no injuries and %N not present. Police have given advice. No further action.",
            "The concern about %C has been resolved: the family have moved and registered with a new GP. Outcome "
                    + "shared with the referrer.");
    /** The thin NFA rationales an escalation should challenge. */
    private static final List<String> THIN_NFA = List.of("NFA.", "No further action.", "Not meeting threshold.",
            "Parents say things are fine now. NFA.");
    private static final List<String> UNIVERSAL = List.of(
            "Needs can be met by universal services. The school will continue pastoral support and refer to the "
                    + "school nurse.",
            "Mother signposted to her GP and the children's centre. The health visitor will follow up at the next "
                    + "contact.",
            "Low-level concern about %C; information shared with the school and the GP so that they can offer "
                    + "support.");
    private static final List<String> EARLY = List.of(
            "Needs relate to %C without evidence of significant harm. Parents consent to early help; allocate a "
                    + "family support worker.",
            "Additional needs identified and the parents accept support. Step across to the early help hub for a "
                    + "family plan.",
            "Low-level concerns with protective factors present. Early help assessment with the school as lead "
                    + "professional.");
    /** Over-optimistic, adult-focused rationales: the practice the focused visit criticised. */
    private static final List<String> MINIMISED = List.of(
            "Mother says the injury was accidental and she has asked her partner to leave. The family will accept "
                    + "support.",
            "Parents engaged well on the phone and are upset about the allegation. Support to look at parenting and "
                    + "behaviour.",
            "%N has since said %S may have exaggerated. The family are known to early help; support to continue.");
    private static final List<String> ASSESSMENT = List.of(
            "Cumulative concerns about %C and parenting capacity. A child and family assessment is needed to "
                    + "understand %N's needs.",
            "Concerns are escalating and early help has not made a difference. Transfer to Referral and Assessment for "
                    + "an assessment under s17.",
            "%N has needs the family cannot meet without support. Assessment under s17 to identify services.");
    private static final List<String> STRATEGY = List.of(
            "Reasonable cause to suspect that %N is suffering, or is likely to suffer, significant harm. Strategy "
                    + "discussion with police and health today.",
            "Serious concern about %C. Convene a strategy discussion to consider a section 47 enquiry.",
            "A pattern of escalating harm to %N. Strategy discussion to agree the s47 enquiry and a safety plan.");
    private static final List<String> PROTECTION = List.of(
            "%N is at immediate risk. Police protection used; emergency placement arranged and a strategy discussion "
                    + "convened.",
            "Immediate safeguarding action: %N to stay with grandparents under a safety plan while police "
                    + "investigate. Strategy discussion today.");
    private static final List<String> OVERSIGHT = List.of("Agree with the decision and the rationale.",
            "Ratified. Make sure the referrer is told the outcome.",
            "Agreed. Consider whether siblings need their own contact.",
            "Decision agreed; the rationale could say more about the child's lived experience.",
            "Agreed; check that the basis for sharing information is recorded.");

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
            Scenario s = weighted(SCENARIOS.stream().filter(x -> x.minAge() <= age && age <= x.maxAge())
                    .map(x -> new Weighted<>(x, x.weight())).toList());
            Agency source = source(s, i);
            AgencyKind kind = source.kind();
            boolean disclosure = random.nextInt(100) < s.disclosurePercent();
            Rag rag = weighted(List.of(new Weighted<>(Rag.RED, s.red()), new Weighted<>(Rag.AMBER, s.amber()),
                    new Weighted<>(Rag.GREEN, s.green())));
            ConsentBasis consent = weighted(s.abuse() || disclosure ? ABUSE_CONSENT
                    : kind == AgencyKind.POLICE ? POLICE_CONSENT : CONSENT);
            String summary = fill(template(s.summaries(), age) + " " + consentNote(consent, kind), child, "");
            boolean assigned = !open || random.nextBoolean();
            Member submitter = practitioners.getOrDefault(source.requireId(), mash);
            Contact contact = Contact.received(partnership, new Receipt(received, source.requireId(),
                    ContactSource.forAgency(kind), referrer(kind),
                    weighted(kind == AgencyKind.POLICE ? POLICE_CHANNELS : CHANNELS), submitter.requireId()), child,
                    new Concern(s.concerns(), disclosure, summary, consent, rag),
                    DecisionTimescales.DEFAULTS.deadline(rag, received, calendar), Set.of());
            Contact saved = contacts.insert(assigned ? contact.assignedTo(mash.requireId(), mash.name()) : contact,
                    LocalDate.ofInstant(received, London.ZONE).getYear());
            long repeats = repeats(child.caseSystemId(), received);
            checks(saved, open);
            List<Flag> raised = new ArrayList<>();
            if (open) {
                reconcile(raised, saved, null, null, repeats, now);
            } else {
                decide(saved, repeats, raised);
                contacts.save(saved.markedDecided());
            }
            resolveSome(raised);
        }

        // ------------------------------------------------------------------------------------- decisions

        /** The first decision and, now and then, a revision; flags as they stood at the revision, then now. */
        private void decide(Contact c, long repeats, List<Flag> raised) {
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
                reconcile(raised, c, first, decidedAt, repeats, now);
                return;
            }
            reconcile(raised, c, first, decidedAt, repeats, revisedAt);
            ThresholdDecision revised = decisions.save(decision(c, revisedLevel, revisedRationale(c, level,
                    revisedLevel), revisedAt, first.id(), true, now, 100));
            reconcile(raised, c, revised, decidedAt, repeats, now);
        }

        /** A quarter of disclosures of abuse stop below a strategy discussion (the focused visit's finding). */
        private ThresholdLevel level(Contact c) {
            if (!c.abuseDisclosed()) {
                List<Weighted<ThresholdLevel>> levels = switch (c.rag()) {
                    case RED -> RED_LEVELS;
                    case AMBER -> AMBER_LEVELS;
                    case GREEN -> GREEN_LEVELS;
                };
                return weighted(levels);
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
                    : new Oversight(overseer.requireId(), overseer.name(), overseen, one(OVERSIGHT)));
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
            if (c.abuseDisclosed() && !level.atLeast(STRATEGY_DISCUSSION)) return say(one(MINIMISED), c);
            List<String> options = switch (level) {
                case NO_FURTHER_ACTION -> random.nextInt(100) < 8 ? THIN_NFA : NFA;
                case UNIVERSAL_SERVICES -> UNIVERSAL;
                case EARLY_HELP -> EARLY;
                case CHILD_IN_NEED_ASSESSMENT -> ASSESSMENT;
                case STRATEGY_DISCUSSION -> STRATEGY;
                case IMMEDIATE_PROTECTION -> PROTECTION;
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
                               @Nullable Instant firstDecisionAt, long repeats, Instant at) {
            var changes = FlagRules.reconcile(raised,
                    FlagRules.applicable(c, current, firstDecisionAt, repeats, at, calendar));
            for (FlagType type : changes.raise()) {
                raised.add(flags.save(Flag.raised(c.requireId(), type, raisedAt(type, c, current, at))));
            }
            for (Flag open : changes.clear()) {
                raised.set(raised.indexOf(open), flags.save(open.resolved(at, Audit.SYSTEM, Flag.CLEARED)));
            }
        }

        /** When the rule first applied (when the service or the sweep would have raised it), at latest {@code at}. */
        private Instant raisedAt(FlagType type, Contact c, @Nullable ThresholdDecision current, Instant at) {
            Instant t = switch (type) {
                case REPEAT_CONTACT -> c.receivedAt();
                case DECISION_OVERDUE -> c.deadline();
                case NO_OVERSIGHT -> calendar.addWorkingDays(Objects.requireNonNull(current).decidedAt(), 1);
                case DISCLOSURE_NOT_PROGRESSED, MEDICAL_NOT_CONSIDERED -> Objects.requireNonNull(current).decidedAt();
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
                };
                if (random.nextInt(100) >= chance) continue;
                Instant at = calendar.addWorkingHours(f.raisedAt(), Duration.ofMinutes(60 + random.nextInt(2400)));
                if (at.isBefore(now)) {
                    raised.set(k, flags.save(f.resolved(at, manager.name(), one(resolutions(f.type())))));
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
                        answered, by, answered == null ? null : one(findings(agency.kind()))));
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
            Ethnicity ethnicity = weighted(ETHNICITIES);
            if (random.nextInt(100) < 2) {
                return new Child(id, "Unborn baby of " + one(MOTHERS) + " " + initial() + ".", null, Gender.NOT_STATED,
                        ethnicity);
            }
            Gender gender = weighted(GENDERS);
            List<String> names = switch (gender) {
                case MALE -> BOYS;
                case FEMALE -> GIRLS;
                case NOT_STATED, NEITHER -> random.nextBoolean() ? BOYS : GIRLS;
            };
            LocalDate dob = LocalDate.ofInstant(firstContact, London.ZONE).minusYears(weighted(AGES))
                    .minusDays(random.nextInt(365));
            LocalDate oldest = today.minusYears(18).plusDays(1);
            if (dob.isBefore(oldest)) dob = oldest.plusDays(random.nextInt(60));
            return new Child(id, one(names) + " " + initial() + ".", dob, gender, ethnicity);
        }

        private char initial() {
            return INITIALS.charAt(random.nextInt(INITIALS.length()));
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
            return adult() + ", " + one(roles(kind));
        }

        private String adult() {
            return one(ADULTS) + " " + one(SURNAMES);
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

    private static List<String> roles(AgencyKind kind) {
        return switch (kind) {
            case CHILDRENS_SOCIAL_CARE -> List.of("emergency duty team social worker",
                    "social worker, disabled children's team");
            case EARLY_HELP -> List.of("family support worker", "children's centre worker", "early help key worker");
            case POLICE -> List.of("police constable, response team", "detective constable, Child Abuse Investigation "
                    + "Team", "police sergeant, Public Protection Unit", "safer schools officer");
            case HEALTH -> List.of("health visitor", "community midwife", "A&E nurse", "GP", "school nurse",
                    "paediatric liaison nurse");
            case EDUCATION -> List.of("designated safeguarding lead", "head of year", "class teacher",
                    "attendance officer", "nursery manager");
            case PROBATION -> List.of("probation officer", "senior probation officer");
            case HOUSING -> List.of("housing officer", "temporary accommodation officer",
                    "tenancy sustainment officer");
            case YOUTH_JUSTICE -> List.of("youth justice worker", "YJS case manager");
            case CAMHS -> List.of("CAMHS clinician", "CAMHS nurse", "clinical psychologist");
            case SUBSTANCE_MISUSE -> List.of("recovery worker", "young people's substance misuse worker");
            case VOLUNTARY_SECTOR -> List.of("youth worker", "domestic abuse advocate", "food bank coordinator");
            case OTHER -> List.of("safeguarding adviser", "business support officer");
        };
    }

    private static List<String> findings(AgencyKind kind) {
        return switch (kind) {
            case POLICE -> List.of(
                    "Two previous domestic incidents at the address, in 2023 and 2024; no weapons markers.",
                    "No trace of the family on police systems.",
                    "Mother's partner has a conviction for assault (2019) and intelligence linking him to drug supply.",
                    "The child was reported missing twice in the last six months and returned home both times.");
            case HEALTH -> List.of(
                    "Registered with a GP; immunisations up to date. Two missed health visitor appointments.",
                    "Mother is open to perinatal mental health services; last seen a month ago.",
                    "Two A&E attendances this year for minor injuries, both with a consistent account.",
                    "No concerns recorded; developmental checks completed.");
            case EDUCATION -> List.of(
                    "Attendance 84% this term with frequent lateness. Often hungry; pastoral support in place.",
                    "Good attendance and expected progress; no concerns before this week.",
                    "On the school's safeguarding log since Year 4: three low-level concerns about hygiene.",
                    "Not on roll at any Enfield school; elective home education not registered.");
            case EARLY_HELP -> List.of(
                    "The family worked with early help in 2023; closed when mother stopped engaging.",
                    "Not known to early help.");
            case HOUSING -> List.of(
                    "In temporary accommodation since January; two reports of damp and overcrowding.",
                    "Rent arrears; a notice seeking possession was served last month.");
            case PROBATION -> List.of(
                    "Father is on licence until next year; risk to children assessed as medium.",
                    "Not known to probation.");
            default -> List.of("No information held.", "Not known to the service.");
        };
    }

    private static List<String> resolutions(FlagType type) {
        return switch (type) {
            case REPEAT_CONTACT -> List.of("Contact history reviewed; the allocated worker is aware and the pattern is "
                    + "addressed in the child's plan.", "Repeat contacts reviewed at the MASH meeting; the lead "
                    + "professional has been informed.");
            case DECISION_OVERDUE -> List.of("Late decision reviewed: the delay was waiting for police checks. "
                    + "Discussed with the team.", "Staffing shortfall on the day; decided the next morning with no "
                    + "impact on the child.");
            case NO_OVERSIGHT -> List.of("Oversight delayed by the manager's leave; decision since reviewed.",
                    "Reviewed in supervision; decision agreed and the recording gap noted.");
            case MEDICAL_NOT_CONSIDERED -> List.of("Medical considered at the strategy discussion and not needed: "
                    + "injuries had healed. Recorded in the minutes.");
            case DISCLOSURE_NOT_PROGRESSED -> List.of("Reviewed with the head of service: a strategy discussion was "
                    + "held on the same day and recorded in the case file; recording corrected.");
        };
    }
}
