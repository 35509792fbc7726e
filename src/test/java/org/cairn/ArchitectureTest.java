package org.cairn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of ../shared/design/architecture.md, enforced. */
class ArchitectureTest {

    private static final JavaClasses CAIRN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cairn");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.cairn.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CAIRN);
    }

    @Test
    void infraDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.cairn.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cairn.tenancy..", "org.cairn.lti..",
                        "org.cairn.session..", "org.cairn.roster..", "org.cairn.grades..", "org.cairn.competency..",
                        "org.cairn.mastery..", "org.cairn.plans..", "org.cairn.rotations..", "org.cairn.sandbox..")
                .allowEmptyShould(true).check(CAIRN);
    }

    @Test
    void theSandboxTalksToCairnOnlyOverHttp() {
        noClasses().that().resideInAPackage("org.cairn.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cairn.tenancy..", "org.cairn.lti..",
                        "org.cairn.session..", "org.cairn.roster..", "org.cairn.grades..", "org.cairn.competency..",
                        "org.cairn.mastery..", "org.cairn.plans..", "org.cairn.rotations..")
                .allowEmptyShould(true).check(CAIRN);
    }

    @Test
    void domainEntitiesKnowNothingOfHttp() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
                .allowEmptyShould(true).check(CAIRN);
    }
}
