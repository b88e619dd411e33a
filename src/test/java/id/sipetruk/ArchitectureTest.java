package id.sipetruk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.sipetruk.process.FormTaskListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layout of docs/architecture.md, kept: layers that point one way (pages on top, then the application's own
 * services, the lifecycle stages in their order, the documents and the engine glue, the shared kernel at the
 * bottom), no cycle between any two packages, names that say what a class is, and no package holding more than a
 * quarter of the code.
 */
class ArchitectureTest {

    private static final String ROOT = "id.sipetruk";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final String[] STAGES = {"Decree", "Panel", "Verification", "Assessment", "Nomination", "Period"};

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web").definedBy(ROOT + ".web..")
                .layer("Application").definedBy(ROOT + ".security..", ROOT + ".setup..", ROOT + ".audit..",
                        ROOT + ".demo..", ROOT + ".account..", ROOT + ".notification..",
                        ROOT + ".operations..")
                .layer("Decree").definedBy(ROOT + ".decree..")
                .layer("Panel").definedBy(ROOT + ".panel..")
                .layer("Verification").definedBy(ROOT + ".verification..")
                .layer("Assessment").definedBy(ROOT + ".assessment..")
                .layer("Nomination").definedBy(ROOT + ".nomination..")
                .layer("Period").definedBy(ROOT + ".period..")
                .layer("Process").definedBy(ROOT + ".process..")
                .layer("Documents").definedBy(ROOT + ".document..")
                .layer("Kernel").definedBy(ROOT + ".common..", ROOT + ".organization..", ROOT + ".regency..")

                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Web")
                // a stage may use the stages before it, never one after it
                .whereLayer("Decree").mayOnlyBeAccessedByLayers("Web", "Application")
                .whereLayer("Panel").mayOnlyBeAccessedByLayers("Web", "Application", "Decree")
                .whereLayer("Verification").mayOnlyBeAccessedByLayers("Web", "Application", "Decree", "Panel")
                .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Web", "Application", "Decree", "Panel",
                        "Verification")
                .whereLayer("Nomination").mayOnlyBeAccessedByLayers("Web", "Application", "Decree", "Panel",
                        "Verification", "Assessment")
                .whereLayer("Period").mayOnlyBeAccessedByLayers("Web", "Application", "Decree", "Panel",
                        "Verification", "Assessment", "Nomination")
                .whereLayer("Process").mayOnlyBeAccessedByLayers(withStages("Web", "Application"))
                .whereLayer("Documents").mayOnlyBeAccessedByLayers(withStages("Web", "Application"))
                .check(CLASSES);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void delegatesAndFormListenersLiveInTheirStage() {
        classes().that().implement(JavaDelegate.class)
                .should().haveSimpleNameEndingWith("Delegate")
                .andShould().resideInAnyPackage(stagePackages())
                .check(CLASSES);
        classes().that().areAssignableTo(FormTaskListener.class).and().doNotHaveSimpleName("FormTaskListener")
                .should().haveSimpleNameEndingWith("Form")
                .andShould().resideInAnyPackage(stagePackages())
                .check(CLASSES);
    }

    @Test
    void pagesLiveInTheWebLayer() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(ControllerAdvice.class)
                .should().resideInAPackage(ROOT + ".web..")
                .andShould().haveSimpleNameEndingWith("Controller").orShould().haveSimpleNameEndingWith("Advice")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNamedSo() {
        classes().that().areInterfaces().and().areAssignableTo(Repository.class)
                .should().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void noPackageHoldsMoreThanAQuarterOfTheCode() throws IOException {
        Path sources = Path.of("src/main/java/id/sipetruk");
        Map<String, Long> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                String topPackage = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(root)";
                lines.merge(topPackage, (long) Files.readAllLines(file).size(), Long::sum);
            }
        }
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        assertThat(lines).as("lines of code per package, %d in all", total)
                .allSatisfy((pkg, count) -> assertThat(count * 4).as(pkg + " holds " + count + " lines")
                        .isLessThanOrEqualTo(total));
    }

    private static String[] withStages(String... others) {
        return Stream.concat(Stream.of(others), Stream.of(STAGES)).toArray(String[]::new);
    }

    private static String[] stagePackages() {
        return Stream.of(STAGES).map(stage -> ROOT + "." + stage.toLowerCase() + "..").toArray(String[]::new);
    }
}
