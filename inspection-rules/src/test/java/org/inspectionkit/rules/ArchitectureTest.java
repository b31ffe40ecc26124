package org.inspectionkit.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md for inspection-rules, stated so that a violation fails the build. */
@AnalyzeClasses(packages = "org.inspectionkit.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule rulesDependOnTheModelVavrAndSlf4jOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.inspectionkit.model..", "org.inspectionkit.rules..", "io.vavr..",
              "org.immutables.value..")
          .because("inspection-rules depends on the model and Vavr only (it does no I/O and logs nothing)")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule rulesDoNoIo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.File")
          .orShould()
          .dependOnClassesThat()
          .haveNameMatching("java\\.io\\.File.*|java\\.io\\.RandomAccessFile")
          .because("rules are pure: they take values and return values, and do no I/O")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule noJsonInRules =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "org.inspectionkit.json..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule internalStaysInside =
      classes()
          .that()
          .resideInAPackage("org.inspectionkit.rules..internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("org.inspectionkit.rules..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule generatedClassesAreHidden =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .notBePublic()
          .allowEmptyShould(true);
}
