package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rate --policy FILE}: every problem of a policy file by JSON path, never with the file's text. */
class PolicyFileTest {

  private static final String MARKER = "SECRET-MARKER-91c2";

  @TempDir static Path dir;
  static Path example;

  @BeforeAll
  static void writeExample() throws IOException {
    example = dir.resolve("example.json");
    Files.writeString(example, run("example").out());
  }

  private static CliRun rate(String name, String policy) throws IOException {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, policy);
    return run("rate", example.toString(), "--policy", file.toString());
  }

  /** A refused policy: exit 2, nothing on standard output, no stack trace; the error with the file's directory cut. */
  private static String refused(CliRun r) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return r.err().replace(dir.toString(), "DIR");
  }

  @Test
  void read_wholeNumberThatOverflows_isAProblemAtItsPath() throws IOException {
    String err = refused(rate("overflow", "{\"standardCount\": 4294967306, \"points\": {\"GOOD\": 4294967298},"
        + " \"limiters\": [{\"atOrBelow\": \"INADEQUATE\", \"capAt\": \"GOOD\", \"minimumCount\": 4294967297}]}"));

    assertThat(err)
        .contains("not a valid rating policy (3 problems)")
        .contains("$.standardCount: expected a whole number from 1 to 2147483647")
        .contains("$.points.GOOD: expected a whole number from 0 to 2147483647")
        .contains("$.limiters[0].minimumCount: expected a whole number from 1 to 2147483647")
        .doesNotContain("4294967");
  }

  @Test
  void read_notAWholeNumberOrWrongType_isAProblemAtItsPath() throws IOException {
    String err = refused(rate("types", "{\"standardCount\": 10.5, \"name\": 7, \"thresholds\": [80],"
        + " \"limiters\": [{\"atOrBelow\": \"INADEQUATE\", \"capAt\": \"GOOD\", \"minimumCount\": \"2\"}],"
        + " \"overallBands\": {}}"));

    assertThat(err)
        .contains("not a valid rating policy (5 problems)")
        .contains("$.standardCount: expected a whole number")
        .contains("$.name: expected a non-blank string")
        .contains("$.thresholds: expected an object")
        .contains("$.limiters[0].minimumCount: expected a whole number")
        .contains("$.overallBands: expected an array");
  }

  @Test
  void read_nonFiniteNumbers_areProblemsAtTheirPaths() throws IOException {
    String err = refused(rate("nan", "{\"intervalZ\": NaN, \"thresholds\": {\"GOOD\": 1e999,"
        + " \"REQUIRES_IMPROVEMENT\": -Infinity}}"));

    assertThat(err)
        .contains("$.intervalZ: expected a finite number above 0")
        .contains("$.thresholds.GOOD: expected a number above 0 and at most 100")
        .contains("$.thresholds.REQUIRES_IMPROVEMENT: expected a number above 0 and at most 100")
        .doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("1e999");
  }

  @Test
  void read_numbersOutOfRange_areProblemsAtTheirPathsWithoutTheValue() throws IOException {
    String err = refused(rate("range", "{\"thresholds\": {\"OUTSTANDING\": 150, \"GOOD\": 0},"
        + " \"points\": {\"INADEQUATE\": -7}, \"intervalZ\": -1.25}"));

    assertThat(err)
        .contains("not a valid rating policy (4 problems)")
        .contains("$.thresholds.OUTSTANDING: expected a number above 0 and at most 100")
        .contains("$.thresholds.GOOD: expected a number above 0 and at most 100")
        .contains("$.points.INADEQUATE: expected a whole number from 0")
        .contains("$.intervalZ: expected a finite number above 0")
        .doesNotContain("150").doesNotContain("-7").doesNotContain("-1.25");
  }

  @Test
  void read_rulesAcrossFields_areProblemsAtTheirPathsWithoutTheValues() throws IOException {
    String err = refused(rate("rules", "{\"thresholds\": {\"GOOD\": 85}, \"points\": {\"GOOD\": 4},"
        + " \"overallBands\": [{\"rating\": \"INADEQUATE\", \"min\": 0, \"max\": 5},"
        + " {\"rating\": \"REQUIRES_IMPROVEMENT\", \"min\": 7, \"max\": 15}, {\"rating\": \"GOOD\", \"min\": 14,"
        + " \"max\": 25}, {\"rating\": \"OUTSTANDING\", \"min\": 26, \"max\": 31}]}"));

    assertThat(err)
        .contains("$.thresholds.GOOD: must be below the threshold for OUTSTANDING")
        .contains("$.points.GOOD: must not be more than the points for OUTSTANDING")
        .doesNotContain("85");
    String bands = refused(rate("bands", "{\"overallBands\": [{\"rating\": \"INADEQUATE\", \"min\": 0, \"max\": 5},"
        + " {\"rating\": \"REQUIRES_IMPROVEMENT\", \"min\": 7, \"max\": 15}, {\"rating\": \"GOOD\", \"min\": 14,"
        + " \"max\": 25}, {\"rating\": \"OUTSTANDING\", \"min\": 26, \"max\": 31}]}"));
    assertThat(bands)
        .contains("$.overallBands[1]: leaves scores in no band (a gap) after $.overallBands[0]")
        .contains("$.overallBands[2]: shares scores with $.overallBands[1] (an overlap)")
        .contains("$.overallBands: must end at the maximum score")
        .doesNotContain("31");
  }

  @Test
  void read_duplicateKeysAtAnyLevel_areProblemsAtTheirPaths() throws IOException {
    String err = refused(rate("duplicates", "{\"name\": \"a\", \"name\": \"" + MARKER + "\","
        + " \"thresholds\": {\"GOOD\": 60, \"GOOD\": 70},"
        + " \"limiters\": [{\"atOrBelow\": \"INADEQUATE\", \"capAt\": \"GOOD\", \"capAt\": \"GOOD\"}]}"));

    assertThat(err)
        .contains("not a valid rating policy (3 problems)")
        .contains("$.name: duplicate field")
        .contains("$.thresholds.GOOD: duplicate field")
        .contains("$.limiters[0].capAt: duplicate field")
        .doesNotContain(MARKER);
  }

  @Test
  void read_unknownKeysAtAnyLevel_areProblemsAtTheirPaths() throws IOException {
    String err = refused(rate("unknown", "{\"limiters\": [{\"atOrBelow\": \"INADEQUATE\", \"capAt\": \"GOOD\","
        + " \"minimumCoutn\": 2}], \"overallBands\": [{\"rating\": \"INADEQUATE\", \"min\": 0, \"max\": 30,"
        + " \"colour\": \"red\"}], \"" + "k".repeat(200) + "\": 1}"));

    assertThat(err)
        .contains("not a valid rating policy (3 problems)")
        .contains("$.limiters[0].minimumCoutn: unknown field (expected one of [atOrBelow, capAt, minimumCount])")
        .contains("$.overallBands[0].colour: unknown field (expected one of [max, min, rating])")
        .contains("$[\"" + "k".repeat(40) + "...\"]: unknown field")
        .doesNotContain("k".repeat(41));
  }

  @Test
  void read_badCodedValues_nameThePathAndTheAllowedValuesNotTheValue() throws IOException {
    String err = refused(rate("coded", "{\"rounding\": \"" + MARKER + "\", \"limiters\": [{\"atOrBelow\": \""
        + MARKER + "\", \"capAt\": \"GOOD\"}], \"overallBands\": [{\"rating\": \"" + MARKER + "\", \"min\": 0,"
        + " \"max\": 30}]}"));

    assertThat(err)
        .contains("$.rounding: expected EXACT or HALF_UP_WHOLE_PERCENT")
        .contains("$.limiters[0].atOrBelow: expected OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE")
        .contains("$.overallBands[0].rating: expected OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE")
        .doesNotContain(MARKER);
  }

  @Test
  void read_notJson_namesWhereItStoppedNotTheText() throws IOException {
    String err = refused(rate("broken", "{\"thresholds\": {\"GOOD\": " + MARKER + "}}"));
    String unclosed = refused(rate("unclosed", "{\"name\": \"" + MARKER));
    String trailing = refused(rate("trailing", "{\"name\": \"a\"} " + MARKER));

    assertThat(err).contains("not a JSON document: $.thresholds.GOOD (line 1, column ").doesNotContain(MARKER);
    assertThat(unclosed).contains("not a JSON document: $.name").contains("ends early").doesNotContain(MARKER);
    assertThat(trailing).contains("not a JSON document").doesNotContain(MARKER);
  }

  @Test
  void read_validPolicy_ratesAsBefore() throws IOException {
    CliRun probation = run("rate", example.toString());
    CliRun spelledOut = rate("probation", "{\"name\": \"probation\","
        + " \"thresholds\": {\"OUTSTANDING\": 80, \"GOOD\": 65.0, \"REQUIRES_IMPROVEMENT\": 50},"
        + " \"points\": {\"OUTSTANDING\": 3, \"GOOD\": 2, \"REQUIRES_IMPROVEMENT\": 1, \"INADEQUATE\": 0},"
        + " \"standardCount\": 10, \"rounding\": \"EXACT\", \"limiters\": [],"
        + " \"overallBands\": [{\"rating\": \"GOOD\", \"min\": 16, \"max\": 25},"
        + " {\"rating\": \"INADEQUATE\", \"min\": 0, \"max\": 5}, {\"rating\": \"REQUIRES_IMPROVEMENT\", \"min\": 6,"
        + " \"max\": 15}, {\"rating\": \"OUTSTANDING\", \"min\": 26, \"max\": 30}]}");
    CliRun capped = rate("capped", "{\"name\": \"capped\", \"limiters\": [{\"atOrBelow\": \"INADEQUATE\","
        + " \"minimumCount\": 1, \"capAt\": \"INADEQUATE\"}]}");

    assertThat(spelledOut.code()).as(spelledOut.err()).isZero();
    assertThat(spelledOut.out()).isEqualTo(probation.out());
    assertThat(capped.code()).as(capped.err()).isZero();
    assertThat(capped.out()).contains("Overall: Inadequate (12 of 30 points)");
  }
}
