package org.inspectionkit.rules.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.provider.ProviderType;

/**
 * Compares two versions of a framework.
 *
 * <p>How elements are matched: domains by code; standards by code and the sample they are rated from (a
 * judgement-rated standard counts as one more "sample"), so the CRC and NPS standards that share code {@code 3.1}
 * stay apart; a standard left unmatched is then matched by code alone where the provider types overlap, which shows
 * a change in the way it is rated. Key questions and prompts are matched within their matched parent, first by
 * wording (ignoring case and spacing), so a prompt that kept its text but got another letter because a new one was
 * inserted before it is moved, not reworded; then by position (number or letter), which shows a rewording. An
 * element present only in the old version and one present only in the new, at the same level and with the same
 * wording, are reported as moved too. Wording is compared exactly for rewording.
 *
 * <p>Pure and thread-safe.
 */
public final class FrameworkDiff {

  private FrameworkDiff() {}

  /**
   * The changes from {@code oldVersion} to {@code newVersion}.
   *
   * @param oldVersion the earlier framework
   * @param newVersion the later framework
   * @return the changes
   */
  public static FrameworkChanges between(Framework oldVersion, Framework newVersion) {
    List<Change> changes = new ArrayList<>();
    List<ProviderType> allTypes = union(oldVersion.providerTypes(), newVersion.providerTypes());

    // Domains, by code.
    Map<String, Domain> oldDomains = new LinkedHashMap<>();
    oldVersion.domains().forEach(d -> oldDomains.put(d.code().toString(), d));
    for (Domain d : newVersion.domains()) {
      Domain before = oldDomains.remove(d.code().toString());
      if (before == null) {
        changes.add(change(ChangeKind.ADDED, FrameworkLevel.DOMAIN, null, d.code(), allTypes, null, d.title()));
      } else if (!before.title().equals(d.title())) {
        changes.add(
            change(ChangeKind.REWORDED, FrameworkLevel.DOMAIN, d.code(), d.code(), allTypes, before.title(), d.title()));
      }
    }
    for (Domain d : oldDomains.values()) {
      changes.add(change(ChangeKind.REMOVED, FrameworkLevel.DOMAIN, d.code(), null, allTypes, d.title(), null));
    }

    // Standards: by code and sample, then by code alone.
    List<Standard> oldStandards = new ArrayList<>(oldVersion.standards());
    List<Standard> newStandards = new ArrayList<>(newVersion.standards());
    List<Standard[]> pairs = new ArrayList<>();
    for (Standard n : List.copyOf(newStandards)) {
      for (Standard o : oldStandards) {
        if (o.code().equals(n.code()) && sampleKey(o).equals(sampleKey(n))) {
          pairs.add(new Standard[] {o, n});
          oldStandards.remove(o);
          newStandards.remove(n);
          break;
        }
      }
    }
    for (Standard n : List.copyOf(newStandards)) {
      for (Standard o : oldStandards) {
        if (o.code().equals(n.code()) && overlaps(types(oldVersion, o), types(newVersion, n))) {
          pairs.add(new Standard[] {o, n});
          oldStandards.remove(o);
          newStandards.remove(n);
          break;
        }
      }
    }
    List<Change> removed = new ArrayList<>();
    List<Change> added = new ArrayList<>();
    for (Standard[] p : pairs) {
      compareStandards(oldVersion, newVersion, p[0], p[1], changes, removed, added);
    }
    for (Standard o : oldStandards) {
      removed.add(change(ChangeKind.REMOVED, FrameworkLevel.STANDARD, o.code(), null, types(oldVersion, o), o.title(), null));
    }
    for (Standard n : newStandards) {
      added.add(change(ChangeKind.ADDED, FrameworkLevel.STANDARD, null, n.code(), types(newVersion, n), null, n.title()));
    }

    // An element removed here and added there with the same wording has moved.
    for (Change r : List.copyOf(removed)) {
      for (Change a : added) {
        if (a.level() == r.level()
            && normalised(a.after().orElse("")).equals(normalised(r.before().orElse("")))
            && a.providerTypes().equals(r.providerTypes())) {
          removed.remove(r);
          added.remove(a);
          changes.add(
              change(ChangeKind.MOVED, r.level(), r.oldCode().orElseThrow(), a.newCode().orElseThrow(),
                  a.providerTypes(), r.before().orElse(null), a.after().orElse(null)));
          break;
        }
      }
    }
    changes.addAll(removed);
    changes.addAll(added);
    changes.sort(
        Comparator.comparing(Change::code)
            .thenComparing(Change::kind)
            .thenComparing(c -> c.providerTypes().toString()));
    return FrameworkChanges.builder()
        .from(oldVersion.id())
        .to(newVersion.id())
        .changes(changes)
        .oldFramework(oldVersion)
        .newFramework(newVersion)
        .build();
  }

  private static void compareStandards(
      Framework oldVersion,
      Framework newVersion,
      Standard o,
      Standard n,
      List<Change> changes,
      List<Change> removed,
      List<Change> added) {
    List<ProviderType> types = types(newVersion, n);
    if (!o.title().equals(n.title()) || !o.description().equals(n.description())) {
      changes.add(
          change(ChangeKind.REWORDED, FrameworkLevel.STANDARD, o.code(), n.code(), types, wording(o), wording(n)));
    }
    if (!types(oldVersion, o).equals(types)) {
      changes.add(
          change(ChangeKind.APPLICABILITY_CHANGED, FrameworkLevel.STANDARD, o.code(), n.code(), types,
              types(oldVersion, o).toString(), types.toString()));
    }
    if (!sampleKey(o).equals(sampleKey(n))) {
      changes.add(
          change(ChangeKind.RATING_CHANGED, FrameworkLevel.STANDARD, o.code(), n.code(), types, sampleKey(o),
              sampleKey(n)));
    }
    for (Object[] pair : match(o.keyQuestions(), n.keyQuestions(), KeyQuestion::text, k -> k.code().number())) {
      KeyQuestion before = (KeyQuestion) pair[0];
      KeyQuestion k = (KeyQuestion) pair[1];
      if (before == null) {
        added.add(change(ChangeKind.ADDED, FrameworkLevel.KEY_QUESTION, null, k.code(), types, null, k.text()));
        continue;
      }
      if (k == null) {
        removed.add(
            change(ChangeKind.REMOVED, FrameworkLevel.KEY_QUESTION, before.code(), null, types, before.text(), null));
        continue;
      }
      if (!before.code().equals(k.code())) {
        changes.add(
            change(ChangeKind.MOVED, FrameworkLevel.KEY_QUESTION, before.code(), k.code(), types, before.text(),
                k.text()));
      } else if (!before.text().equals(k.text())) {
        changes.add(
            change(ChangeKind.REWORDED, FrameworkLevel.KEY_QUESTION, k.code(), k.code(), types, before.text(),
                k.text()));
      }
      for (Object[] pp : match(before.prompts(), k.prompts(), Prompt::text, x -> (int) x.code().letter())) {
        Prompt was = (Prompt) pp[0];
        Prompt p = (Prompt) pp[1];
        if (was == null) {
          added.add(change(ChangeKind.ADDED, FrameworkLevel.PROMPT, null, p.code(), types, null, p.text()));
        } else if (p == null) {
          removed.add(change(ChangeKind.REMOVED, FrameworkLevel.PROMPT, was.code(), null, types, was.text(), null));
        } else if (was.code().letter() != p.code().letter()) {
          changes.add(
              change(ChangeKind.MOVED, FrameworkLevel.PROMPT, was.code(), p.code(), types, was.text(), p.text()));
        } else if (!was.text().equals(p.text())) {
          changes.add(
              change(ChangeKind.REWORDED, FrameworkLevel.PROMPT, was.code(), p.code(), types, was.text(), p.text()));
        }
      }
    }
  }

  /**
   * Pairs the children of two matched parents: first those with the same wording (ignoring case and spacing),
   * preferring the same position; then, among the rest, those at the same position (number or letter); what is left
   * is unpaired. Returns {old, new} pairs with null for a missing side, old order first.
   */
  private static <T> List<Object[]> match(
      List<T> before, List<T> after, java.util.function.Function<T, String> text,
      java.util.function.ToIntFunction<T> position) {
    List<T> olds = new ArrayList<>(before);
    List<T> news = new ArrayList<>(after);
    List<Object[]> pairs = new ArrayList<>();
    for (T o : List.copyOf(olds)) {
      T best = null;
      for (T n : news) {
        if (normalised(text.apply(n)).equals(normalised(text.apply(o)))
            && (best == null || position.applyAsInt(n) == position.applyAsInt(o))) {
          best = n;
        }
      }
      if (best != null) {
        pairs.add(new Object[] {o, best});
        olds.remove(o);
        news.remove(best);
      }
    }
    for (T o : List.copyOf(olds)) {
      for (T n : news) {
        if (position.applyAsInt(n) == position.applyAsInt(o)) {
          pairs.add(new Object[] {o, n});
          olds.remove(o);
          news.remove(n);
          break;
        }
      }
    }
    olds.forEach(o -> pairs.add(new Object[] {o, null}));
    news.forEach(n -> pairs.add(new Object[] {null, n}));
    return pairs;
  }

  private static String wording(Standard s) {
    return s.title() + s.description().map(d -> " (" + d + ")").orElse("");
  }

  private static String sampleKey(Standard s) {
    return s.sampleKind().map(k -> "case data: " + k).orElse("judgement");
  }

  private static List<ProviderType> types(Framework f, Standard s) {
    return s.appliesTo().isEmpty() ? f.providerTypes() : s.appliesTo();
  }

  private static boolean overlaps(List<ProviderType> a, List<ProviderType> b) {
    return a.stream().anyMatch(b::contains);
  }

  private static List<ProviderType> union(List<ProviderType> a, List<ProviderType> b) {
    TreeSet<ProviderType> all = new TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static String normalised(String text) {
    return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Change change(
      ChangeKind kind,
      FrameworkLevel level,
      ElementCode oldCode,
      ElementCode newCode,
      List<ProviderType> types,
      String before,
      String after) {
    return Change.builder()
        .kind(kind)
        .level(level)
        .oldCode(Optional.ofNullable(oldCode))
        .newCode(Optional.ofNullable(newCode))
        .providerTypes(types.stream().sorted().collect(Collectors.toList()))
        .before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after))
        .build();
  }

}
