package org.policykg;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packages form the pipeline's one-way stack: read → normalize → structure → extract → build (RDF) →
 * validate → store → query → ingest → load (a store built whole) → serve → cli, with the controlled vocabularies below them all. A
 * stage uses only stages before it; each line of {@link #stack()} is one allowed direction, so a cycle
 * or a step backwards fails the build naming the classes.
 */
@DisplayName("The packages form a one-way stack")
class PackageStackTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policykg");
    }

    private static LayeredArchitecture stack() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("vocab").definedBy("org.policykg.vocab..")
                .layer("read").definedBy("org.policykg.read..")
                .layer("normalize").definedBy("org.policykg.normalize..")
                .layer("structure").definedBy("org.policykg.structure..")
                .layer("extract").definedBy("org.policykg.extract..")
                .layer("rdf").definedBy("org.policykg.rdf..")
                .layer("validate").definedBy("org.policykg.validate..")
                .layer("store").definedBy("org.policykg.store..")
                .layer("query").definedBy("org.policykg.query..")
                .layer("ingest").definedBy("org.policykg.ingest..")
                .layer("load").definedBy("org.policykg.load..")
                .layer("spark").definedBy("org.policykg.spark..")
                .layer("serve").definedBy("org.policykg.serve..")
                .layer("cli").definedBy("org.policykg.cli..")
                .whereLayer("vocab").mayNotAccessAnyLayer()
                .whereLayer("read").mayNotAccessAnyLayer()
                .whereLayer("normalize").mayOnlyAccessLayers("vocab")
                .whereLayer("structure").mayOnlyAccessLayers("vocab", "read", "normalize")
                .whereLayer("extract").mayOnlyAccessLayers("vocab", "read", "normalize", "structure")
                .whereLayer("rdf").mayOnlyAccessLayers("vocab", "read", "normalize", "structure", "extract")
                .whereLayer("validate").mayNotAccessAnyLayer()
                .whereLayer("store").mayOnlyAccessLayers("rdf")
                .whereLayer("query").mayOnlyAccessLayers("vocab", "normalize", "structure", "extract", "rdf", "store")
                .whereLayer("ingest").mayOnlyAccessLayers("vocab", "read", "normalize", "structure", "extract", "rdf",
                        "validate", "store")
                .whereLayer("load").mayOnlyAccessLayers("vocab", "rdf", "store", "ingest")
                .whereLayer("serve").mayOnlyAccessLayers("vocab", "read", "normalize", "structure", "extract", "rdf",
                        "validate", "store", "query", "ingest")
                .whereLayer("spark").mayOnlyAccessLayers("vocab", "read", "normalize", "structure", "extract", "rdf",
                        "validate", "store", "ingest")
                .whereLayer("spark").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer();
    }

    @Test
    void everyStageUsesOnlyTheStagesBeforeIt() {
        stack().check(classes);
    }

    @Test
    void sparkStaysInsideItsJob() {
        // Spark is a provided dependency: a class outside org.policykg.spark that used it would fail on the server
        noClasses().that().resideOutsideOfPackages("org.policykg.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
                .because("Spark, Scala and Hadoop are not on the server's classpath")
                .check(classes);
    }

    @Test
    void springStaysInsideTheServer() {
        noClasses().that().resideOutsideOfPackages("org.policykg.serve..", "org.policykg.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("only the server is a Spring application; the pipeline runs without it")
                .check(classes);
    }
}
