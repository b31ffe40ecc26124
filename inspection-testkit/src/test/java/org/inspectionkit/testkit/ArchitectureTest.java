package org.inspectionkit.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md for inspection-testkit, stated so that a violation fails the build. */
@AnalyzeClasses(packages = "org.inspectionkit.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule testkitDependsOnTheModelRulesAndTestLibrariesOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.inspectionkit.model..", "org.inspectionkit.rules..", "org.inspectionkit.testkit..",
              "org.quicktheories..", "org.junit..", "org.assertj..", "org.immutables.value..", "io.vavr..")
          .because("the testkit gives users generators, contract tests over the model and invariants of the rules;"
              + " never the JSON format or a store adapter");

  @ArchTest
  static final ArchRule onlyTheInvariantSuitesUseTheRules =
      classes()
          .that()
          .resideOutsideOfPackages("org.inspectionkit.testkit.rating..", "org.inspectionkit.testkit.consistency..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackage("org.inspectionkit.rules..")
          .because("the generators and store contracts are over the model alone");
}
