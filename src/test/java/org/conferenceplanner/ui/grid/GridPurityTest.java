package org.conferenceplanner.ui.grid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The grid's maths stays free of JavaFX, so it is tested and benchmarked without a toolkit. */
class GridPurityTest {

    @Test
    void geometryLayoutAndCullingKnowNoJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conferenceplanner.ui.grid");
        noClasses().that().haveSimpleNameStartingWith("GridGeometry")
                .or().haveSimpleNameStartingWith("DayTimeRange")
                .or().haveSimpleNameStartingWith("LaneLayout")
                .or().haveSimpleNameStartingWith("DayLayout")
                .or().haveSimpleNameStartingWith("SessionBlock")
                .or().haveSimpleNameStartingWith("VisibleCells")
                .or().haveSimpleNameStartingWith("GridNavigator")
                .or().haveSimpleNameStartingWith("GridDay")
                .or().haveSimpleNameStartingWith("ZoneLabels")
                .or().haveSimpleNameStartingWith("SessionTexts")
                .or().haveSimpleNameStartingWith("CategoryPalette")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
