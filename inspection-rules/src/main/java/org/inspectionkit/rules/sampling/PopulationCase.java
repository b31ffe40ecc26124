package org.inspectionkit.rules.sampling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.framework.SampleKind;

/**
 * One record of the eligible population a case sample is drawn from: a pseudonymous case reference, the date the
 * case started (the sentence or licence start, or the release date for a Through the Gate sample) and the
 * attributes the sample is stratified by.
 *
 * <p>Gender, sentence type and risk of serious harm level are optional, as they are in the provider's extract; a
 * missing value forms its own stratum, {@value StratumAttribute#NOT_RECORDED}. Further attributes (such as
 * {@code requirement -> unpaid-work}) are named in lower-case words joined by hyphens, with values of at most
 * 100 characters: the same rules as {@link InspectedCase#attributes()}, so a selected record always becomes an
 * inspected case ({@link #toInspectedCase(SampleKind)}).
 *
 * <p>Build one in code with {@link #builder()}, or from a row of a CSV extract with {@link #fromRecord(Map)}.
 * {@link #toString()} prints the reference only. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationCase {

  /** The column holding the case reference in a record read by {@link #fromRecord(Map)}. */
  public static final String COLUMN_REF = "ref";
  /** The column holding the start date (ISO, such as {@code 2019-03-14}). */
  public static final String COLUMN_START_DATE = "start-date";
  /** The column holding the gender ({@code male}, {@code female}, {@code other}). */
  public static final String COLUMN_GENDER = "gender";
  /** The column holding the sentence type ({@code community}, {@code licence}, {@code custody}). */
  public static final String COLUMN_SENTENCE_TYPE = "sentence-type";
  /** The column holding the risk of serious harm level ({@code low}, {@code medium}, {@code high}, {@code very-high}). */
  public static final String COLUMN_RISK_OF_SERIOUS_HARM = "risk-of-serious-harm";

  private static final Set<String> NAMED_COLUMNS =
      Set.of(COLUMN_REF, COLUMN_START_DATE, COLUMN_GENDER, COLUMN_SENTENCE_TYPE, COLUMN_RISK_OF_SERIOUS_HARM);
  private static final int MAX_VALUE_LENGTH = 100;

  PopulationCase() {}

  /**
   * The case's pseudonymous reference.
   *
   * @return the reference
   */
  public abstract CaseRef ref();

  /**
   * The date the case started: when the sentence or licence began, or, for a Through the Gate sample, the release
   * date. The sample's eligibility window is tested against it.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * The recorded gender, if any.
   *
   * @return the gender
   */
  public abstract Optional<Gender> gender();

  /**
   * The sentence type, if recorded.
   *
   * @return the sentence type
   */
  public abstract Optional<SentenceType> sentenceType();

  /**
   * The risk of serious harm level, if recorded.
   *
   * @return the level
   */
  public abstract Optional<RiskOfSeriousHarm> riskOfSeriousHarm();

  /**
   * Further attributes by name, sorted by name, such as {@code requirement -> unpaid-work}.
   *
   * @return the attributes
   */
  @Value.NaturalOrder
  public abstract NavigableMap<String, String> attributes();

  /**
   * The inspected case this record becomes once selected for a sample of kind {@code kind}: the same reference,
   * start date and attributes.
   *
   * @param kind the sample kind
   * @return the inspected case
   */
  public InspectedCase toInspectedCase(SampleKind kind) {
    return InspectedCase.builder()
        .ref(ref())
        .sample(kind)
        .startDate(startDate())
        .gender(gender())
        .sentenceType(sentenceType())
        .riskOfSeriousHarm(riskOfSeriousHarm())
        .putAllAttributes(attributes())
        .build();
  }

  /**
   * A record read from one row of an extract, given as column name to text. The columns
   * {@value #COLUMN_REF} and {@value #COLUMN_START_DATE} (ISO date) are required; {@value #COLUMN_GENDER},
   * {@value #COLUMN_SENTENCE_TYPE} and {@value #COLUMN_RISK_OF_SERIOUS_HARM} are optional and read without regard
   * to case, with spaces, hyphens or underscores between words ({@code Very High}, {@code very-high} and
   * {@code VERY_HIGH} are one level). Every other column with a non-blank value becomes a further attribute. Blank
   * values count as not recorded; surrounding spaces are ignored.
   *
   * <p>A bad row is reported by column and rule (for a coded column, the allowed values), never by its content:
   * a cell can hold case notes. The message starts with the reference only when the reference is well formed.
   *
   * @param columns the row, by column name (no null names)
   * @return the record
   * @throws IllegalArgumentException naming every bad column of the row and what it must hold, if any is bad
   */
  public static PopulationCase fromRecord(Map<String, String> columns) {
    List<String> errors = new ArrayList<>();
    Builder b = builder();
    String ref = cell(columns, COLUMN_REF);
    CaseRef caseRef = null;
    if (ref == null) {
      errors.add("column '" + COLUMN_REF + "' is required");
    } else {
      try {
        caseRef = CaseRef.of(ref);
        b.ref(caseRef);
      } catch (IllegalArgumentException e) {
        // CaseRef's message quotes the text, which may be anything the extract held.
        errors.add("column '" + COLUMN_REF + "': expected a pseudonymous reference of letters, digits, '-' and '_',"
            + " starting with a letter or digit, at most 40 characters, such as D2-0042");
      }
    }
    String start = cell(columns, COLUMN_START_DATE);
    if (start == null) {
      errors.add("column '" + COLUMN_START_DATE + "' is required");
    } else {
      try {
        b.startDate(LocalDate.parse(start));
      } catch (DateTimeParseException e) {
        errors.add("column '" + COLUMN_START_DATE + "': expected an ISO date (yyyy-mm-dd) such as 2019-03-14");
      }
    }
    readEnum(columns, COLUMN_GENDER, Gender.class, errors).ifPresent(b::gender);
    readEnum(columns, COLUMN_SENTENCE_TYPE, SentenceType.class, errors).ifPresent(b::sentenceType);
    readEnum(columns, COLUMN_RISK_OF_SERIOUS_HARM, RiskOfSeriousHarm.class, errors).ifPresent(b::riskOfSeriousHarm);
    for (Map.Entry<String, String> e : new TreeMap<>(columns).entrySet()) {
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (NAMED_COLUMNS.contains(e.getKey()) || value.isEmpty()) {
        continue;
      }
      if (!StratumAttribute.NAME.matcher(e.getKey()).matches()) {
        errors.add("column '" + e.getKey() + "': a further attribute needs " + StratumAttribute.NAME_RULE);
      } else if (value.length() > MAX_VALUE_LENGTH) {
        errors.add("column '" + e.getKey() + "': at most " + MAX_VALUE_LENGTH + " characters, was " + value.length());
      } else {
        b.putAttribute(e.getKey(), value);
      }
    }
    if (errors.isEmpty()) {
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        errors.add(e.getMessage());
      }
    }
    String which = caseRef == null ? "population record" : "population record " + caseRef;
    throw new IllegalArgumentException(which + ": " + String.join("; ", errors));
  }

  private static String cell(Map<String, String> columns, String name) {
    String v = columns.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    return v.strip();
  }

  private static <E extends Enum<E>> Optional<E> readEnum(
      Map<String, String> columns, String column, Class<E> type, List<String> errors) {
    String v = cell(columns, column);
    if (v == null) {
      return Optional.empty();
    }
    String constant = v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return Optional.of(e);
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(StratumAttribute.valueName(e));
    }
    errors.add("column '" + column + "': expected one of " + allowed
        + " (in any case, with spaces, hyphens or underscores between words)");
    return Optional.empty();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (Map.Entry<String, String> e : attributes().entrySet()) {
      String where = "PopulationCase " + ref() + " attributes";
      if (!StratumAttribute.NAME.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            where + ": expected " + StratumAttribute.NAME_RULE + ", was '" + e.getKey() + "'");
      }
      if (NAMED_COLUMNS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            where + ": '" + e.getKey() + "' has its own field and cannot be a further attribute");
      }
      String v = e.getValue();
      if (v.isBlank() || v.length() > MAX_VALUE_LENGTH) {
        throw new IllegalArgumentException(where + " '" + e.getKey() + "': must be non-blank and at most "
            + MAX_VALUE_LENGTH + " characters, was " + v.length() + " characters");
      }
    }
  }

  /**
   * The reference only: population records describe people, so their attributes stay out of logs.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "PopulationCase{ref=" + ref() + "}";
  }

  /** Builds a {@link PopulationCase}; the reference and start date are required. */
  public static final class Builder extends ImmutablePopulationCase.Builder {
    Builder() {}

    /**
     * Sets the reference from its text form.
     *
     * @param ref the reference, such as {@code D2-0042}
     * @return this builder
     */
    public Builder ref(String ref) {
      return ref(CaseRef.of(ref));
    }
  }
}
