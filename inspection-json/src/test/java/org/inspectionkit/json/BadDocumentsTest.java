package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad documents under {@code src/test/resources/bad/}: each {@code <kind>--<what>.json} must be
 * rejected with exactly the problem lines of its sibling {@code .expected} file, in order. The kind names the
 * document type ({@code inspection}, {@code framework}, {@code standard-judgement}, ...). Read with the default
 * options: strict, framework checks against the built-in frameworks, default limits.
 */
class BadDocumentsTest {

  private static final Path CORPUS = Path.of("src/test/resources/bad");

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  static Class<?> documentType(String kind) {
    for (Class<?> c : InspectionJson.documentTypes()) {
      if (Theories.kind(c).equals(kind)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no document type " + kind);
  }

  @Test
  void corpus_hasAtLeastFiftyDocuments_eachWithItsExpectedProblems() throws IOException {
    List<String> names = documents().collect(Collectors.toList());
    assertThat(names).hasSizeGreaterThanOrEqualTo(50);
    for (String name : names) {
      assertThat(CORPUS.resolve(name.replace(".json", ".expected"))).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void read_badDocument_failsWithExactlyTheExpectedProblems(String name) throws IOException {
    Class<?> type = documentType(name.substring(0, name.indexOf("--")));
    List<String> expected =
        Files.readAllLines(CORPUS.resolve(name.replace(".json", ".expected")), StandardCharsets.UTF_8);

    InspectionJsonException e;
    try (InputStream in = Files.newInputStream(CORPUS.resolve(name))) {
      e = catchThrowableOfType(InspectionJsonException.class, () -> InspectionJson.standard().read(in, type));
    }

    assertThat(e).as("%s must be rejected", name).isNotNull();
    if (Boolean.getBoolean("regenerate.expected")) {
      Files.write(CORPUS.resolve(name.replace(".json", ".expected")),
          e.problems().stream().map(JsonProblem::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
    }
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactlyElementsOf(expected);
    assertThat(e.getMessage()).contains(expected.get(0));
  }
}
