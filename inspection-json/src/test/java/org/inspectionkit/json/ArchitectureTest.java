package org.inspectionkit.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md for inspection-json, stated so that a violation fails the build. */
@AnalyzeClasses(packages = "org.inspectionkit.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule jsonDependsOnTheModelAndJacksonOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.inspectionkit.model..", "org.inspectionkit.json..", "com.fasterxml.jackson..",
              "org.immutables.value..")
          .because("inspection-json depends on the model and Jackson only")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule noRulesVavrOrLoggingInJson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.inspectionkit.rules..", "io.vavr..", "org.slf4j..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule internalStaysInside =
      classes()
          .that()
          .resideInAPackage("org.inspectionkit.json..internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("org.inspectionkit.json..")
          .allowEmptyShould(true);
}
