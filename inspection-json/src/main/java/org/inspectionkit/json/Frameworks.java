package org.inspectionkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.inspectionkit.json.internal.Documents;
import org.inspectionkit.json.internal.ModelCodecs;
import org.inspectionkit.json.internal.ReadOptions;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * The built-in frameworks: the probation inspection standards of 2018-19 ({@code probation-2018-19}) and 2019-20
 * ({@code probation-2019-20}), and the youth offending service standards of 2018 ({@code youth-2018}), shipped as
 * JSON documents in this jar under {@code org/inspectionkit/json/frameworks/}.
 *
 * <p>{@code youth-2018} is a framework of another family: it inspects provider type
 * {@code youth-offending-service} in cycle 2018-19, is rated with {@code RatingPolicy.youth()} (12 standards, 0 to
 * 36 points) and checked only with the checks that apply to any framework. It has the structure of the
 * inspectorate's 2018 youth standards: domain one, organisational delivery (1.1 governance and leadership, 1.2
 * staff, 1.3 partnerships and services, 1.4 information and facilities), rated by judgement; domain two, court
 * disposals (2.1 assessment, 2.2 planning, 2.3 implementation and delivery, 2.4 reviewing), rated from the
 * {@code court-disposals} sample; domain three, out-of-court disposals (3.1 assessment, 3.2 planning, 3.3
 * implementation and delivery, 3.4 joint working), rated from the {@code out-of-court-disposals} sample. Its key
 * questions are {@code MODELLED}: this library's paraphrase, not the inspectorate's wording. The 13-standard
 * structure used from 2021 is not modelled: no public material we could read establishes how its thirteenth
 * standard is rated and scored; write it as a framework document of your own.
 *
 * <p>Every element records where its wording comes from ({@code WordingSource}): {@code NOTICE} for wording from the
 * inspectorate's notice of the 2019-20 changes, {@code PUBLISHED} for paraphrases of its published material, and
 * {@code MODELLED} for this library's own paraphrases where no wording was available (domain one's key questions
 * and prompts, domain three's key questions). To use the official text, write a framework document with it and
 * read it with {@link InspectionJson}; pass it to the inspection reader with
 * {@link InspectionJson.Builder#frameworks(java.util.function.Function)}.
 *
 * <p>Frameworks are read once, on first use, and cached. Thread-safe.
 */
public final class Frameworks {

  private static final List<FrameworkId> IDS =
      List.of(FrameworkId.of("probation-2018-19"), FrameworkId.of("probation-2019-20"), FrameworkId.of("youth-2018"));

  private static final ConcurrentMap<FrameworkId, Framework> LOADED = new ConcurrentHashMap<>();

  private Frameworks() {}

  /**
   * The ids of the built-in frameworks, in order.
   *
   * @return the ids
   */
  public static List<FrameworkId> ids() {
    return IDS;
  }

  /**
   * The built-in framework with this id, such as {@code Frameworks.load("probation-2019-20")}.
   *
   * @param id the framework id
   * @return the framework
   * @throws IllegalArgumentException if there is no built-in framework with this id
   */
  public static Framework load(String id) {
    FrameworkId frameworkId = FrameworkId.of(id);
    return find(frameworkId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "framework id: no built-in framework '" + frameworkId + "', the built-in ones are "
                        + IDS.stream().map(FrameworkId::value).collect(Collectors.joining(", "))));
  }

  /**
   * The built-in framework with this id, if there is one; the default framework resolver of
   * {@link InspectionJson}.
   *
   * @param id the framework id
   * @return the framework, or empty
   */
  public static Optional<Framework> find(FrameworkId id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(LOADED.computeIfAbsent(id, Frameworks::read));
  }

  private static Framework read(FrameworkId id) {
    String resource = "frameworks/" + id.value() + ".json";
    try (InputStream in = Frameworks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in framework " + id + " is missing from the jar: " + resource);
      }
      InspectionJson json = InspectionJson.standard();
      return Documents.read(
          () -> json.factory().createParser(in), ModelCodecs.document(Framework.class), ReadOptions.structural(),
          json.limits());
    } catch (InspectionJsonException e) {
      throw new IllegalStateException("built-in framework " + id + " is not valid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in framework " + id, e);
    }
  }
}
