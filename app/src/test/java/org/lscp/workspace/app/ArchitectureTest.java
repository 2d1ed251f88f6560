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

    /** A deliberate offender, for the test above. */
    static final class ReadsTheSystemClock {
        java.time.Instant when() {
            return java.time.Instant.now();
        }
    }
}
