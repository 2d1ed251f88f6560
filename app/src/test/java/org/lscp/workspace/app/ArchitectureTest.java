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
     * A feature's services reach another feature only through that feature's use cases (its {@code port.in}), never
     * through its services or its outgoing ports: what another feature stores, and how, stays its own business. The
     * shared kernel ({@code domain.shared}) is open to every feature, and a service may implement another feature's
     * outgoing port (that is how it serves that feature).
     *
     * <p>The services written before this rule reach into other features in the places listed in
     * {@code src/test/resources/archunit-frozen} (issue 17: split the services, then delete those lines). The rule is
     * frozen on that list: a new reach-in fails, and a line is dropped from the list once its reach-in is gone.
     */
    @ArchTest
    static final ArchRule featuresMeetThroughTheirUseCasesOnly = com.tngtech.archunit.library.freeze.FreezingArchRule
            .freeze(reachesOtherFeaturesThroughUseCasesOnly());

    static ArchRule reachesOtherFeaturesThroughUseCasesOnly() {
        return classes()
            .that().resideInAPackage("org.lscp.workspace.domain.*.service..")
            .should(new com.tngtech.archunit.lang.ArchCondition<>("reach other features through their port.in only") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass service,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String feature = feature(service.getPackageName());
                    for (var dependency : service.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        String other = feature(target);
                        // implementing another feature's outgoing port is how a feature serves it (the port stays
                        // the other feature's): allowed
                        boolean serves = service.getAllRawInterfaces().contains(dependency.getTargetClass());
                        if (other != null && !other.equals(feature) && !other.equals("shared") && !serves
                                && (target.contains(".service") || target.contains(".port.out"))) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription()));
                        }
                    }
                }
            }).because("a feature reaches another only through its use cases");
    }

    /** The feature a domain package belongs to ({@code org.lscp.workspace.domain.<feature>...}), or null. */
    private static String feature(String packageName) {
        String prefix = "org.lscp.workspace.domain.";
        if (!packageName.startsWith(prefix)) return null;
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The rule above fails on a service that uses another feature's service or outgoing port. */
    @org.junit.jupiter.api.Test
    void theFeatureRuleCatchesAServiceReachingIntoAnotherFeature() {
        var offender = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importClasses(org.lscp.workspace.domain.offender.service.ReachesIntoTheFrontDoor.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reachesOtherFeaturesThroughUseCasesOnly().check(offender))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ContactRepository");
        // (not the frozen rule: checked on this one class, it would drop every older reach-in from its list)
    }

    /** A deliberate offender, for the test above. */
    static final class ReadsTheSystemClock {
        java.time.Instant when() {
            return java.time.Instant.now();
        }
    }
}
