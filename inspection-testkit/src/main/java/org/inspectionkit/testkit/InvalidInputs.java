package org.inspectionkit.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of near-miss invalid inputs: text that looks like a code or identifier but breaks one
 * rule (a leading zero, a missing part, a number out of range, an upper-case prompt letter, a space). Each must be
 * rejected by the corresponding {@code parse} or {@code of} method with an {@link IllegalArgumentException}.
 *
 * <p>Thread-safe: generators hold no state.
 */
public final class InvalidInputs {

  private InvalidInputs() {}

  /**
   * Text that is not a well-formed standard code ({@code <domain>.<standard>}).
   *
   * @return the generator
   */
  public static Gen<String> standardCodes() {
    return nearMisses(2, false);
  }

  /**
   * Text that is not a well-formed key question code ({@code <domain>.<standard>.<question>}).
   *
   * @return the generator
   */
  public static Gen<String> keyQuestionCodes() {
    return nearMisses(3, false);
  }

  /**
   * Text that is not a well-formed prompt code ({@code <domain>.<standard>.<question>.<letter>}).
   *
   * @return the generator
   */
  public static Gen<String> promptCodes() {
    return nearMisses(3, true);
  }

  /**
   * Text that is not a well-formed cycle ({@code 2019-20}).
   *
   * @return the generator
   */
  public static Gen<String> cycles() {
    return Generate.oneOf(
        integers().between(2000, 2090).map(y -> y + "-" + String.format("%02d", (y + 2) % 100)),
        integers().between(2000, 2090).map(y -> y + "/" + String.format("%02d", (y + 1) % 100)),
        integers().between(2000, 2090).map(y -> (y % 100) + "-" + String.format("%02d", (y + 1) % 100)),
        integers().between(2000, 2090).map(y -> y + "-" + (y + 1)),
        Generate.pick(List.of("", "2019", "2019-2", "twenty-nineteen", " 2019-20")));
  }

  /**
   * Text that is not a well-formed identifier (framework, provider or inspection id).
   *
   * @return the generator
   */
  public static Gen<String> identifiers() {
    return ModelGenerators.identifiers()
        .zip(
            Generate.pick(List.of("upper", "space", "lead-digit", "lead-hyphen", "slash", "empty", "long")),
            InvalidInputs::spoilIdentifier);
  }

  /**
   * Text that is not a valid pseudonymous case reference: names with spaces, dots, slashes, over-long text.
   *
   * @return the generator
   */
  public static Gen<String> caseRefs() {
    return Generate.oneOf(
        Generate.pick(List.of("John Smith", "", " C1", "C1 ", "C.1", "C/1", "-C1", "_C1", "Jane\tDoe", "C1\n")),
        integers().between(41, 60).map(n -> "C".repeat(n)));
  }

  private static String spoilIdentifier(String id, String how) {
    switch (how) {
      case "upper":
        return id.toUpperCase(java.util.Locale.ROOT) + "X";
      case "space":
        return id + " x";
      case "lead-digit":
        return "9" + id;
      case "lead-hyphen":
        return "-" + id;
      case "slash":
        return id + "/x";
      case "empty":
        return "";
      default:
        return id + "a".repeat(70);
    }
  }

  private static Gen<String> nearMisses(int parts, boolean prompt) {
    return rs -> {
      int[] n = new int[parts];
      for (int i = 0; i < parts; i++) {
        n[i] = integers().between(1, 99).generate(rs);
      }
      int spoilt = integers().between(0, parts - 1).generate(rs);
      String[] text = new String[parts];
      for (int i = 0; i < parts; i++) {
        text[i] = Integer.toString(n[i]);
      }
      String how =
          Generate.pick(
                  List.of("zero", "leading-zero", "too-big", "letter", "empty", "negative", "space", "extra", "fewer"))
              .generate(rs);
      String suffix = prompt ? "." + (char) ('a' + integers().between(0, 25).generate(rs)) : "";
      switch (how) {
        case "zero":
          text[spoilt] = "0";
          break;
        case "leading-zero":
          text[spoilt] = "0" + text[spoilt];
          break;
        case "too-big":
          text[spoilt] = Integer.toString(100 + n[spoilt]);
          break;
        case "letter":
          text[spoilt] = text[spoilt] + "x";
          break;
        case "empty":
          text[spoilt] = "";
          break;
        case "negative":
          text[spoilt] = "-" + text[spoilt];
          break;
        case "space":
          text[spoilt] = " " + text[spoilt];
          break;
        case "extra":
          return String.join(".", text) + (prompt ? ".b.c" : ".1");
        default:
          if (parts == 1) {
            return "";
          }
          String[] fewer = new String[parts - 1];
          System.arraycopy(text, 0, fewer, 0, parts - 1);
          return String.join(".", fewer) + suffix;
      }
      if (prompt && integers().between(0, 3).generate(rs) == 0) {
        // Keep the numbers well formed and spoil the letter instead.
        String[] good = new String[parts];
        for (int i = 0; i < parts; i++) {
          good[i] = Integer.toString(n[i]);
        }
        String letter = Generate.pick(List.of("A", "1", "", "ab", "é")).generate(rs);
        return String.join(".", good) + "." + letter;
      }
      return String.join(".", text) + suffix;
    };
  }
}
