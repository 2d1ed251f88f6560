package org.lscp.workspace.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of ARCHITECTURE.md, checked on the production classes of every module. */
@AnalyzeClasses(packages = "org.lscp.workspace", importOptions = ArchitectureTest.ProductionCodeOnly.class)
class ArchitectureTest {

    /** Skips test classes, whether in test-classes folders or in the modules' test-jars. */
    static final class ProductionCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*"));
        }
    }

    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes().that().resideInAPackage("org.lscp.workspace.domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "org.jspecify..", "org.lscp.workspace.domain..");

    @ArchTest
    static final ArchRule jpaEntitiesAndRepositoriesStayInPersistence = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .or().areAssignableTo("org.springframework.data.repository.Repository")
            .should().onlyBeAccessed().byAnyPackage("org.lscp.workspace.persistence..");

    @ArchTest
    static final ArchRule uiTalksToTheDomainThroughUseCasesOnly = noClasses()
            .that().resideInAPackage("org.lscp.workspace.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lscp.workspace.persistence..",
                    "org.lscp.workspace.domain..port.out..", "org.lscp.workspace.domain..service..",
                    "org.springframework.data..", "jakarta.persistence..", "org.hibernate..");

    @ArchTest
    static final ArchRule incomingPortsDoNotKnowOutgoingPorts = noClasses().that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..");

    @ArchTest
    static final ArchRule outgoingPortsDoNotKnowIncomingPorts = noClasses().that().resideInAPackage("..port.out..")
            .should().dependOnClassesThat().resideInAPackage("..port.in..");

    @ArchTest
    static final ArchRule noCyclesBetweenDomainFeatures = slices().matching("org.lscp.workspace.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenUiFeatures = slices().matching("org.lscp.workspace.app.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    /** Logs, not standard streams — except the one command-line tool, which prints the demo's code. */
    static final ArchRule noStandardStreams = noClasses()
            .that().doNotHaveFullyQualifiedName("org.lscp.workspace.app.config.DemoCode")
            .should(com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    /**
     * Every rule reads the injected {@code Clock}: nothing outside the app's configuration asks the system for the
     * time (the configuration chooses the clock, and a demo may set it to another day).
     */
    @ArchTest
    static final ArchRule noSystemClockOutsideConfiguration = noClasses()
            .that().resideOutsideOfPackage("org.lscp.workspace.app.config..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("every rule reads the injected Clock");

    /** The rule above fails on a class that reads the system clock (so it is not passing vacuously). */
    @org.junit.jupiter.api.Test
    void theClockRuleCatchesAClassReadingTheSystemClock() {
        var offender = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importClasses(ReadsTheSystemClock.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noSystemClockOutsideConfiguration.check(offender))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Instant.now()");
    }

    /**
     * Views ask the domain who may do what (ContactAccess, PlanPermissions, an escalation's allowed actions), the
     * same rules the use cases enforce; only the menu, which routes by role, reads roles itself.
     */
    @ArchTest
    static final ArchRule noRoleChecksInViews = noClasses()
            .that().resideInAPackage("org.lscp.workspace.app.ui..")
            .and().haveSimpleNameNotEndingWith("Navigation")
            .should().callMethod(org.lscp.workspace.domain.shared.Actor.class, "has",
                    org.lscp.workspace.domain.shared.Role.class)
            .orShould().callMethod(org.lscp.workspace.domain.shared.Actor.class, "hasAny",
                    org.lscp.workspace.domain.shared.Role[].class)
            .orShould().callMethod(org.lscp.workspace.domain.shared.Actor.class, "require",
                    org.lscp.workspace.domain.shared.Role[].class)
            .because("permissions come from the domain, where the use cases enforce them");

    /** The rule above fails on a view that checks a role itself. */
    @org.junit.jupiter.api.Test
    void theRoleRuleCatchesAViewCheckingARole() {
        var offender = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importClasses(org.lscp.workspace.app.ui.ChecksARole.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noRoleChecksInViews.check(offender))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Actor.has(");
    }

    /**
     * A feature's services reach another feature only through what that feature offers other features in its
     * {@code port.in}: a read port taking no actor ({@code PlanRecords}, {@code AgencyDirectory},
     * {@code DecisionRecords}) or a guard ({@code ChildIdentifierGuard}, {@code Notifier}). Never its services or its
     * outgoing ports (what another feature stores, and how, stays its own business), and never its use cases or
     * queries (which act for a member): a feature that needs another's use case declares an outgoing port of its own,
     * and {@code app} wires it to that use case (the escalations' {@code DecisionRevisions}, the board's
     * {@code EscalationsWaiting}). The shared kernel ({@code domain.shared}, with the audit trail and live changes) is
     * open to every feature, and a service may implement another feature's outgoing port (that is how it serves that
     * feature).
     */
    @ArchTest
    static final ArchRule featuresMeetThroughWhatTheyOffer = reachesOtherFeaturesThroughWhatTheyOffer();

    static ArchRule reachesOtherFeaturesThroughWhatTheyOffer() {
        return classes()
            .that().resideInAPackage("org.lscp.workspace.domain.*.service..")
            .should(new com.tngtech.archunit.lang.ArchCondition<>("reach other features through what they offer only") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass service,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String feature = feature(service.getPackageName());
                    for (var dependency : service.getDirectDependenciesFromSelf()) {
                        var target = dependency.getTargetClass();
                        String other = feature(target.getPackageName());
                        if (other == null || other.equals(feature) || other.equals("shared")) continue;
                        // implementing another feature's port is how a feature serves it (the port stays the other's)
                        if (service.getAllRawInterfaces().contains(target)) continue;
                        boolean internals = target.getPackageName().contains(".service")
                                || target.getPackageName().contains(".port.out");
                        boolean useCase = target.getPackageName().contains(".port.in")
                                && (target.getSimpleName().endsWith("UseCase") || target.getSimpleName().endsWith("Query"));
                        if (internals || useCase) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription()));
                        }
                    }
                }
            }).because("a feature reaches another only through what it offers other features");
    }

    /** The feature a domain package belongs to ({@code org.lscp.workspace.domain.<feature>...}), or null. */
    private static String feature(String packageName) {
        String prefix = "org.lscp.workspace.domain.";
        if (!packageName.startsWith(prefix)) return null;
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The rule above fails on a service that uses another feature's outgoing port, or holds its use case. */
    @org.junit.jupiter.api.Test
    void theFeatureRuleCatchesAServiceReachingIntoAnotherFeature() {
        var importer = new com.tngtech.archunit.core.importer.ClassFileImporter();
        var outPort = importer.importClasses(org.lscp.workspace.domain.offender.service.ReachesIntoTheFrontDoor.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> featuresMeetThroughWhatTheyOffer.check(outPort))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ContactRepository");
        var useCase = importer.importClasses(org.lscp.workspace.domain.offender.service.HoldsTheFrontDoorsUseCase.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> featuresMeetThroughWhatTheyOffer.check(useCase))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DecideUseCase");
    }

    /** A deliberate offender, for the test above. */
    static final class ReadsTheSystemClock {
        java.time.Instant when() {
            return java.time.Instant.now();
        }
    }
}
