package org.opentvs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked on the compiled main classes: bounded contexts
 * ({@code org.opentvs.<context>}) form no cycle, and inside every context dependencies point one way,
 * {@code boundary}/{@code batch}/{@code web} → {@code control} → {@code entity}. Control and entity
 * classes never depend on an edge package ({@code boundary}, {@code batch}, {@code web}) of any context;
 * entities depend on no control package except the plumbing of {@code platform.control} (converters,
 * JSON). {@code person} is the shared kernel every layer may use.
 */
class ArchitectureTest {

    private static final String[] EDGES = {"org.opentvs..boundary..", "org.opentvs..batch..", "org.opentvs..web.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opentvs");
    }

    @Test
    void contextsFormNoCycle() {
        slices().matching("org.opentvs.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controlDependsOnNoEdge() {
        noClasses().that().resideInAPackage("org.opentvs..control..")
                .should().dependOnClassesThat().resideInAnyPackage(EDGES)
                .because("control logic joins the caller's transaction and knows nothing of HTTP, batch or Faces")
                .check(classes);
    }

    @Test
    void entityDependsOnNoEdge() {
        noClasses().that().resideInAPackage("org.opentvs..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(EDGES)
                .check(classes);
    }

    @Test
    void entityDependsOnNoControl() {
        noClasses().that().resideInAPackage("org.opentvs..entity..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "reside in a control package other than platform.control",
                        c -> c.getPackageName().matches("org\\.opentvs\\.\\w+\\.control(\\..*)?")
                                && !c.getPackageName().startsWith("org.opentvs.platform.control")))
                .because("entities enforce their own rules; controls use entities, not the other way round")
                .check(classes);
    }
}
