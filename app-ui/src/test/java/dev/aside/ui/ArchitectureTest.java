package dev.aside.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules: the engine knows nothing of UIs or HTTP; view models stay free of scene graphs. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aside");
    }

    @Test
    void engine_neverImportsUiJavaFxOrJavalin() {
        noClasses().that().resideInAPackage("dev.aside.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.aside.ui..", "javafx..", "io.javalin..")
                .check(classes);
    }

    @Test
    void viewModels_neverImportTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Model").and().resideInAPackage("dev.aside.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void features_talkThroughCommonNotToEachOther() {
        for (String feature : new String[] {"sources", "cache", "item", "telemetry", "settings", "sql", "memory"}) {
            noClasses().that().resideInAPackage("dev.aside.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherFeatures(feature))
                    .check(classes);
        }
    }

    private static String[] otherFeatures(String feature) {
        return java.util.stream.Stream.of("sources", "cache", "item", "functions", "server", "telemetry", "settings", "sql", "memory")
                .filter(f -> !f.equals(feature)).map(f -> "dev.aside.ui." + f + "..").toArray(String[]::new);
    }
}
