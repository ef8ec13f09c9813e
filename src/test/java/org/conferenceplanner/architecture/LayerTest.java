package org.conferenceplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the code: dependencies point inward, the domain knows only java.base. */
class LayerTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conferenceplanner");
    }

    @Test
    void domainUsesOnlyJavaBase() {
        classes().that().resideInAPackage("..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.time..", "java.util..",
                        "org.conferenceplanner.domain..")
                .check(classes);
    }

    @Test
    void layersPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.conferenceplanner.app..")
                .layer("ui").definedBy("org.conferenceplanner.ui..")
                .layer("cli").definedBy("org.conferenceplanner.cli..")
                .layer("services").definedBy("org.conferenceplanner.importer..", "org.conferenceplanner.planner..",
                        "org.conferenceplanner.store..", "org.conferenceplanner.export..", "org.conferenceplanner.search..")
                .layer("domain").definedBy("org.conferenceplanner.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("services").mayOnlyBeAccessedByLayers("app", "ui", "cli", "services")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void onlyUiAndAppKnowJavaFx() {
        // Full names: ui.planner and ui.search are UI packages of the same short names.
        noClasses().that().resideInAnyPackage("org.conferenceplanner.domain..", "org.conferenceplanner.importer..",
                        "org.conferenceplanner.planner..", "org.conferenceplanner.store..",
                        "org.conferenceplanner.export..", "org.conferenceplanner.search..", "org.conferenceplanner.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void platformRunLaterLivesInOnePlace() {
        noClasses().that().doNotHaveSimpleName("FxTaskRunner")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }
}
