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
  static final ArchRule jsonDependsOnTheModelTheRulesAndJacksonOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.inspectionkit.model..", "org.inspectionkit.rules..", "org.inspectionkit.json..",
              "com.fasterxml.jackson..", "org.immutables.value..")
          .because("inspection-json depends on the model, the rules (whose results it writes) and Jackson only")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule noVavrOrLoggingInJson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.vavr..", "org.slf4j..")
          .because("the rules' Vavr results stay at the rules boundary: json calls their value-or-throw forms")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule jsonUsesNoRulesInternals =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.inspectionkit.rules..internal..")
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
