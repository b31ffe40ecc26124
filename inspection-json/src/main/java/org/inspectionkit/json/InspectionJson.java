package org.inspectionkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.inspectionkit.json.internal.DocumentCodecs;
import org.inspectionkit.json.internal.Documents;
import org.inspectionkit.json.internal.FormatVersion;
import org.inspectionkit.json.internal.Limits;
import org.inspectionkit.json.internal.ObjectCodec;
import org.inspectionkit.json.internal.ReadOptions;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.Inspection;

/**
 * Reads and writes the inspection model and what the rules compute as JSON documents: frameworks, providers,
 * inspections with their cases and assessments, evidence, judgements, overrides, recommendations and progress
 * assessments; and ratings, consistency findings, recommendation follow-up, framework changes, case samples and
 * fieldwork plans (every type in {@link #documentTypes()}).
 *
 * <pre>{@code
 * InspectionJson json = InspectionJson.standard();
 * Framework framework = json.read(frameworkIn, Framework.class);
 * Inspection inspection = json.read(inspectionIn, Inspection.class);
 * json.write(inspection, out);
 * InspectionRating rating = RatingCalculator.probation().rateOrThrow(framework, inspection);
 * String document = json.write(rating);
 * InspectionRating same = json.read(document, InspectionRating.class); // equal to rating
 * }</pre>
 *
 * <p><b>Documents.</b> A document is one JSON object whose first member, {@code formatVersion}, says which version
 * of the format it follows ({@value #FORMAT_VERSION}); a JSON Schema per document type ships in this jar under
 * {@code org/inspectionkit/json/schema/}. A result document's second member, {@code type}, names its kind
 * ({@code "rating"}, {@code "findings"}, {@code "follow-up"}, {@code "framework-changes"}, {@code "sample"},
 * {@code "fieldwork-plan"}), so that documents can be told apart; reading one of another kind is a problem at
 * {@code $.type}. A result document carries what it was computed from in full (a rating its whole policy, a sample
 * its specification, seed and eligible cases), so that a third party can compute it again. Its derived members
 * (such as a standard's {@code reason}) are written for readers and checked when read: one that disagrees with the
 * members it is derived from is a problem, so a document cannot carry a reason its numbers do not give. Output is deterministic: the same object always gives the same bytes,
 * UTF-8, two-space indent, {@code \n} line ends and a trailing newline. Reading and writing stream: an inspection
 * with a hundred thousand case assessments is never held as a JSON tree.
 *
 * <p><b>Bad input.</b> Any problem (malformed JSON, a wrong type, a missing or unknown member, an unknown code, a
 * value the model rejects, a duplicate case reference, an answer for a key question the framework does not have, an
 * unknown {@code formatVersion}, an exceeded limit) makes {@code read} throw one {@link InspectionJsonException}
 * that lists every problem found with its JSON path; no partially built object is returned.
 *
 * <p><b>Framework checks.</b> An inspection is checked against its framework, found with the framework resolver
 * (by default the built-in {@link Frameworks}): its framework must be known, its provider type covered, each case's
 * sample used by a case-rated standard of that provider type, and each answered key question or prompt must be in
 * the provider type's view of the framework, in a standard rated from the case's sample. Judgements, overrides,
 * evidence submissions and recommendations must name elements of that view. Use
 * {@link Builder#frameworkChecks(boolean)} to read an inspection on its own (its structure is still checked).
 *
 * <p>Immutable and thread-safe.
 */
public final class InspectionJson {

  /** The version of the JSON format this library writes. */
  public static final String FORMAT_VERSION = FormatVersion.CURRENT;

  /** Default of {@link Builder#maxNestingDepth(int)}: 32 levels (the format's deepest documents need 9). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default of {@link Builder#maxStringLength(int)}: 100,000 characters (the model's longest text is 20,000). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default of {@link Builder#maxNameLength(int)}: 1,000 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** Default of {@link Builder#maxNumberLength(int)}: 20 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;

  /** Default of {@link Builder#maxDocumentLength(long)}: 256 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /**
   * Default of {@link Builder#maxArrayLength(int)}: 500,000 elements in any one array, so at most 500,000 cases
   * in an inspection (about 550 MB of heap while read when every case is fully answered).
   */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = ReadOptions.DEFAULT_MAX_ARRAY_LENGTH;

  /** Default of {@link Builder#maxProblems(int)}: 1,000 problems. */
  public static final int DEFAULT_MAX_PROBLEMS = ReadOptions.DEFAULT_MAX_PROBLEMS;

  private static final InspectionJson STANDARD = builder().build();

  private final Limits limits;
  private final JsonFactory factory;
  private final ReadOptions options;

  private InspectionJson(Builder b) {
    this.limits =
        new Limits(b.maxNestingDepth, b.maxStringLength, b.maxNameLength, b.maxNumberLength, b.maxDocumentLength);
    this.factory = limits.factory();
    this.options =
        new ReadOptions(b.ignoreUnknownFields, b.frameworks, b.frameworkChecks, b.maxProblems, b.maxArrayLength);
  }

  /**
   * The reader and writer with every default: strict about unknown members, inspections checked against the
   * built-in frameworks, the default limits.
   *
   * @return the shared default instance
   */
  public static InspectionJson standard() {
    return STANDARD;
  }

  /**
   * A builder to change the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The types that can be read and written as documents. The model's: {@code Framework}, {@code Domain},
   * {@code Standard}, {@code KeyQuestion}, {@code Prompt}, {@code Provider}, {@code Inspection},
   * {@code FieldworkPeriod}, {@code InspectedCase}, {@code CaseAssessment}, {@code ServiceUserInterview},
   * {@code ServiceUserForumMeeting}, {@code NoServiceUserForum}, {@code EvidenceSubmission}, {@code EvidenceItem},
   * {@code UnpaidWorkEvidence}, {@code StandardJudgement}, {@code RatingOverride}, {@code UnpaidWorkOutcomes},
   * {@code QualitativeAdjustment}, {@code Recommendation} and {@code ProgressAssessment}. Then the results', each
   * with its {@code type}: {@code InspectionRating} ({@code rating}), {@code ConsistencyReport}
   * ({@code findings}), {@code FollowUpSummary} ({@code follow-up}), {@code FrameworkChanges}
   * ({@code framework-changes}), {@code CaseSample} ({@code sample}) and {@code FieldworkPlan}
   * ({@code fieldwork-plan}).
   *
   * @return the types, the model's first
   */
  public static List<Class<?>> documentTypes() {
    return DocumentCodecs.documentTypes();
  }

  /**
   * Reads a document of type {@code type} from a stream (UTF-8, or UTF-16/32 with the encoding detected). The
   * stream is read to the end of the document and left open.
   *
   * @param in the source
   * @param type a type of {@link #documentTypes()}, such as {@code Inspection.class}
   * @param <T> the type
   * @return the model object
   * @throws InspectionJsonException with every problem, if the document is not a valid document of that type
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T read(InputStream in, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    ObjectCodec<T, ?> codec = codec(type);
    return Documents.read(() -> factory.createParser(in), codec, options, limits);
  }

  /**
   * Reads a document of type {@code type} from a string.
   *
   * @param json the document
   * @param type a type of {@link #documentTypes()}, such as {@code Framework.class}
   * @param <T> the type
   * @return the model object
   * @throws InspectionJsonException with every problem, if the document is not a valid document of that type
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    ObjectCodec<T, ?> codec = codec(type);
    String tooLong = limits.checkLength(json.length());
    if (tooLong != null) {
      throw new InspectionJsonException(codec.kind(), List.of(new JsonProblem("$", tooLong)));
    }
    try {
      return Documents.read(() -> factory.createParser(json), codec, options, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code value} as a document to a stream, in UTF-8; streams as it goes, flushes at the end and leaves
   * the stream open.
   *
   * @param value a model object or a result of a type in {@link #documentTypes()}
   * @param out the target
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if {@code value} is not of a document type
   */
  public void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    Documents.write(factory, codecOf(value), value, out);
  }

  /**
   * Writes {@code value} as a document to a string.
   *
   * @param value a model object or a result of a type in {@link #documentTypes()}
   * @return the document
   * @throws IllegalArgumentException if {@code value} is not of a document type
   */
  public String write(Object value) {
    StringWriter out = new StringWriter();
    try {
      Documents.write(factory, codecOf(value), value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static ObjectCodec<Object, ?> codecOf(Object value) {
    Objects.requireNonNull(value, "value");
    return codec((Class<Object>) value.getClass());
  }

  private static <T> ObjectCodec<T, ?> codec(Class<T> type) {
    Objects.requireNonNull(type, "type");
    ObjectCodec<T, ?> codec = DocumentCodecs.document(type);
    if (codec == null) {
      throw new IllegalArgumentException("type: " + DocumentCodecs.publicName(type)
          + " is not a document type; the document types are " + documentTypeNames());
    }
    return codec;
  }

  private static String documentTypeNames() {
    StringBuilder sb = new StringBuilder();
    for (Class<?> c : DocumentCodecs.documentTypes()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.getSimpleName());
    }
    return sb.toString();
  }

  JsonFactory factory() {
    return factory;
  }

  Limits limits() {
    return limits;
  }

  /**
   * Builds an {@link InspectionJson} with options other than the defaults. Not thread-safe; the instance it builds
   * is.
   */
  public static final class Builder {
    private Function<FrameworkId, Optional<Framework>> frameworks = Frameworks::find;
    private boolean frameworkChecks = true;
    private boolean ignoreUnknownFields;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private int maxArrayLength = DEFAULT_MAX_ARRAY_LENGTH;

    private Builder() {}

    /**
     * Where an inspection's framework is looked up by its {@code frameworkId}, and the frameworks a framework-changes
     * document compares by its {@code from} and {@code to}; by default the built-in frameworks
     * ({@link Frameworks#find(FrameworkId)}). An id the resolver does not know is a problem at its path.
     *
     * @param resolver gives the framework with an id, or empty
     * @return this builder
     */
    public Builder frameworks(Function<FrameworkId, Optional<Framework>> resolver) {
      this.frameworks = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Whether inspections are checked against their framework; on by default. Off, an inspection is read on its own
     * (its structure and references are still checked), for inspections of frameworks the reader does not have. A
     * framework-changes document needs its two frameworks from the resolver either way: its changes are found
     * again from them.
     *
     * @param check false to skip the framework checks
     * @return this builder
     */
    public Builder frameworkChecks(boolean check) {
      this.frameworkChecks = check;
      return this;
    }

    /**
     * Whether members the format does not define are skipped instead of reported; off by default. On, a document
     * of a later minor format version (such as {@code 1.1}) can be read too: forward compatibility.
     *
     * @param ignore true to skip unknown members
     * @return this builder
     */
    public Builder ignoreUnknownFields(boolean ignore) {
      this.ignoreUnknownFields = ignore;
      return this;
    }

    /**
     * The deepest nesting of objects and arrays; default {@value InspectionJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param depth at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * The longest string value, in characters; default {@value InspectionJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive("maxStringLength", length);
      return this;
    }

    /**
     * The longest member name, in characters; default {@value InspectionJson#DEFAULT_MAX_NAME_LENGTH}.
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive("maxNameLength", length);
      return this;
    }

    /**
     * The longest number, in characters; default {@value InspectionJson#DEFAULT_MAX_NUMBER_LENGTH}.
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive("maxNumberLength", length);
      return this;
    }

    /**
     * The longest document, in bytes (in characters when read from a string); default 256 MiB
     * ({@value InspectionJson#DEFAULT_MAX_DOCUMENT_LENGTH} bytes).
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("maxDocumentLength: must be at least 1, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The most elements any one array may have (the cases of an inspection are the largest); default
     * {@value InspectionJson#DEFAULT_MAX_ARRAY_LENGTH}. A longer array is refused, at its path, before its extra
     * elements are read: this is the limit that bounds the heap a document can take. Reading costs about 1.1 KB
     * of heap per fully answered case (measured: 100,000 such cases, an 80 MB document, read in a 110 MB heap),
     * so allow about 1.5 KB of heap per case the limit lets in.
     *
     * @param length from 1
     * @return this builder
     */
    public Builder maxArrayLength(int length) {
      this.maxArrayLength = positive("maxArrayLength", length);
      return this;
    }

    /**
     * The number of problems after which reading stops; default {@value InspectionJson#DEFAULT_MAX_PROBLEMS}. The
     * exception then ends with a problem saying so.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder maxProblems(int count) {
      this.maxProblems = positive("maxProblems", count);
      return this;
    }

    /**
     * The reader and writer with these options.
     *
     * @return the instance
     */
    public InspectionJson build() {
      return new InspectionJson(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + ": must be at least 1, was " + value);
      }
      return value;
    }
  }
}
