package app.kith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features stay apart: each is a package that others reach only through its public facade and records. */
class ModulesTest {

    private static final String[] SHELLS = {"app.kith.cli..", "app.kith.server..", "app.kith.web..", "app.kith.api.."};

    private static final JavaClasses KITH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.kith");

    /**
     * The root package holds the words every feature shares (Invalid, NotFound, Conflict, Fields,
     * Events); the composition root that depends on every feature is a module of its own
     * ({@code wiring}) that only the shells use.
     */
    @Test
    void featuresUseOnlyEachOthersPublicTypesAndDependOnEachOtherWithoutCycles() {
        ApplicationModules.of("app.kith").verify();
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .because("SQL stays inside its feature, behind the facade")
                .check(KITH);
    }

    @Test
    void noFeatureDependsOnTheShells() {
        noClasses().that().resideOutsideOfPackages(SHELLS)
                .should().dependOnClassesThat().resideInAnyPackage(SHELLS)
                .because("the CLI, the server, the web app and the API are shells over the features, never the other way")
                .check(KITH);
    }

    /**
     * The web app is grouped by page ({@code app.kith.web.today}, {@code .people}, {@code .person}…)
     * over what every page shares in {@code app.kith.web}; where one page shows another's part (the
     * person page shows their asks and introductions) the dependency runs one way only.
     */
    @Test
    void webPagesDependOnEachOtherWithoutCycles() {
        slices().matching("app.kith.web.(*)..").should().beFreeOfCycles()
                .because("a page that needs another's part takes it from there, never both ways")
                .check(KITH);
    }
}
