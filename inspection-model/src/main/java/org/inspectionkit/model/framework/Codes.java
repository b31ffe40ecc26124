package org.inspectionkit.model.framework;

import org.inspectionkit.model.internal.Checks;

/** Parsing of the numeric parts of framework codes. */
final class Codes {

  private Codes() {}

  /** Splits {@code text} on dots into exactly {@code parts} numbers in 1..99 (no sign, no leading zero). */
  static int[] numbers(String text, int parts, String kind, String example) {
    int[] out = new int[parts];
    int part = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        if (part == parts) {
          throw invalid(text, kind, example);
        }
        out[part++] = number(text, start, i, kind, example);
        start = i + 1;
      }
    }
    if (part != parts) {
      throw invalid(text, kind, example);
    }
    return out;
  }

  private static int number(String text, int from, int to, String kind, String example) {
    int len = to - from;
    if (len < 1 || len > 2 || text.charAt(from) == '0') {
      throw invalid(text, kind, example);
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(text, kind, example);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static void checkNumber(int n, String kind, String part) {
    if (n < 1 || n > ElementCode.MAX_NUMBER) {
      throw new IllegalArgumentException(
          kind + ": " + part + " must be between 1 and " + ElementCode.MAX_NUMBER + ", was " + n);
    }
  }

  static IllegalArgumentException invalid(String text, String kind, String example) {
    return new IllegalArgumentException(
        kind + ": expected " + example + ", was '" + printable(text) + "'");
  }

  static String printable(String text) {
    return Checks.printable(text);
  }

  static int key(int domain, int standard, int keyQuestion, int prompt) {
    return domain << 24 | standard << 16 | keyQuestion << 8 | prompt;
  }

  /**
   * A hash of a packed key whose low bits vary. The keys themselves make poor hashes: the key questions of a
   * standard differ only in bits 8 to 15 and {@link java.util.HashMap} indexes small tables by the low bits, so
   * without mixing every key question of a standard lands in one bucket (seen in the rating benchmark's profile).
   * This is the finaliser of MurmurHash3.
   */
  static int hash(int key) {
    int h = key;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
