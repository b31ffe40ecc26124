package org.inspectionkit.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The dependency rules of DESIGN.md for inspection-model, stated so that a violation fails the build. */
@AnalyzeClasses(packages = "org.inspectionkit.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modelDependsOnTheJdkOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.inspectionkit.model..", "org.immutables.value..")
          .because("inspection-model has no runtime dependency beyond the JDK (Immutables is compile-time only)");

  @ArchTest
  static final ArchRule noFrameworkLibrariesOrIo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.vavr..", "com.fasterxml.jackson..", "org.slf4j..", "java.sql..", "java.nio.file..")
          .because("the model does no I/O and knows nothing of JSON, logging or Vavr");

  @ArchTest
  static final ArchRule generatedClassesAreHidden =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .notBePublic()
          .because("the generated Immutable* classes stay behind the abstract types");

  @ArchTest
  static final ArchRule generatedClassesDoNotLeakIntoSignatures =
      classes()
          .that()
          .arePublic()
          .and()
          .haveSimpleNameNotStartingWith("Immutable")
          .should(notExposeGeneratedTypes());

  @ArchTest
  static final ArchRule internalIsNotUsedFromOutsideTheModel =
      classes()
          .that()
          .resideInAPackage("org.inspectionkit.model.internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("org.inspectionkit.model..");

  /** No public or protected method or field of a public type names an Immutable* type. */
  static ArchCondition<JavaClass> notExposeGeneratedTypes() {
    DescribedPredicate<JavaClass> generated =
        DescribedPredicate.describe("generated", c -> c.getSimpleName().startsWith("Immutable"));
    return new ArchCondition<>("not expose generated Immutable* types in public signatures") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMember m : item.getMembers()) {
          boolean visible =
              m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
          if (!visible) {
            continue;
          }
          boolean leaks =
              m.getAllInvolvedRawTypes().stream().anyMatch(generated)
                  || (m instanceof com.tngtech.archunit.core.domain.JavaMethod
                      && generated.test(((com.tngtech.archunit.core.domain.JavaMethod) m).getRawReturnType()));
          if (leaks) {
            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes a generated Immutable* type"));
          }
        }
      }
    };
  }

}
