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
  static final ArchRule testkitDependsOnTheModelAndTestLibrariesOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.inspectionkit.model..", "org.inspectionkit.testkit..", "org.quicktheories..",
              "org.junit..", "org.assertj..", "org.immutables.value..")
          .because("the testkit gives users generators and contract tests over the model, nothing else");
}
