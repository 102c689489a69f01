package dev.neuralode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of DESIGN.md true: ui -> train -> model -> sensitivity -> ode -> autodiff, with
 * ND4J only behind the ND4J kernels, every main class in a named layer, and no escape hatch.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.neuralode");
    }

    @Test
    void onlyTheUiImportsJavaFxOrChartFx() {
        noClasses().that().resideOutsideOfPackage("dev.neuralode.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..")
                .because("the engine must run and be tested headless")
                .check(classes);
    }

    /** The layers of {@link #dependenciesPointOneWay}; a class outside them would escape every rule. */
    private static final String[] LAYERS = {"dev.neuralode.ui..", "dev.neuralode.cli..", "dev.neuralode.train..", "dev.neuralode.lab..",
        "dev.neuralode.model..", "dev.neuralode.sensitivity..", "dev.neuralode.ode..", "dev.neuralode.nn..",
        "dev.neuralode.autodiff..", "dev.neuralode.data..", "dev.neuralode.io.."};

    @Test
    void everyClassIsInANamedLayer() {
        classes().that().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(LAYERS)
                .because("a class outside the layers (in the root package, say) could reach the UI from the engine unchecked")
                .check(classes);
    }

    @Test
    void onlyTheNd4jKernelsTouchNd4j() {
        noClasses().that().resideOutsideOfPackage("dev.neuralode.autodiff.kernel.nd4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
                .because("ND4J is one backend behind the kernel interface; the engine speaks Tensor and DType")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("dev.neuralode.autodiff.kernel.host..", "dev.neuralode.autodiff.kernel.nd4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
                .because("native code (OpenBLAS, JavaCPP's buffers) is reached only through the two kernel implementations")
                .check(classes);
    }

    @Test
    void kernelsKnowNothingOfTensorsOrOfEachOther() {
        noClasses().that().resideInAPackage("dev.neuralode.autodiff.kernel..")
                .should().dependOnClassesThat().resideInAPackage("dev.neuralode.autodiff")
                .because("kernels compute on storage; the tape and the choice of kernels live above them")
                .check(classes);
        noClasses().that().resideInAPackage("dev.neuralode.autodiff.kernel.host..")
                .should().dependOnClassesThat().resideInAPackage("dev.neuralode.autodiff.kernel.nd4j..").check(classes);
        noClasses().that().resideInAPackage("dev.neuralode.autodiff.kernel.nd4j..")
                .should().dependOnClassesThat().resideInAPackage("dev.neuralode.autodiff.kernel.host..").check(classes);
        noClasses().that().resideOutsideOfPackage("dev.neuralode.autodiff..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.neuralode.autodiff.kernel.host..",
                        "dev.neuralode.autodiff.kernel.nd4j..")
                .because("which kernels run is decided in one place, inside autodiff")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view-models hold state and commands; views draw")
                .check(classes);
    }

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("dev.neuralode.ui..")
                .layer("cli").definedBy("dev.neuralode.cli..")
                .layer("train").definedBy("dev.neuralode.train..")
                .layer("lab").definedBy("dev.neuralode.lab..")
                .layer("model").definedBy("dev.neuralode.model..")
                .layer("sensitivity").definedBy("dev.neuralode.sensitivity..")
                .layer("ode").definedBy("dev.neuralode.ode..")
                .layer("nn").definedBy("dev.neuralode.nn..")
                .layer("autodiff").definedBy("dev.neuralode.autodiff..")
                .layer("data").definedBy("dev.neuralode.data..")
                .layer("io").definedBy("dev.neuralode.io..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("train").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("lab").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("train", "ui", "cli")
                .whereLayer("sensitivity").mayOnlyBeAccessedByLayers("model", "train", "lab", "ui", "cli")
                .whereLayer("ode").mayOnlyBeAccessedByLayers("sensitivity", "model", "train", "lab", "ui", "cli")
                .whereLayer("nn").mayOnlyBeAccessedByLayers("model", "train", "lab", "ui", "cli")
                .whereLayer("autodiff").mayOnlyBeAccessedByLayers("nn", "ode", "sensitivity", "model", "train", "lab", "ui", "cli")
                .whereLayer("data").mayOnlyBeAccessedByLayers("model", "train", "ui", "cli")
                .whereLayer("io").mayOnlyBeAccessedByLayers("data", "autodiff", "nn", "ode", "sensitivity", "model", "train", "lab", "ui", "cli")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.neuralode.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        slices().matching("dev.neuralode.model.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.neuralode.model.density..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.neuralode.model.cnf..", "dev.neuralode.model.flow..",
                        "dev.neuralode.model.latent..", "dev.neuralode.model.odenet..")
                .because("base and target densities are shared by every model").check(classes);
    }
}
