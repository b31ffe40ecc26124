package org.inspectionkit.rules.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One stratum of a case sample: a value for each attribute the sample is stratified by, such as
 * {@code gender=female, sentence-type=licence, risk-of-serious-harm=medium}. A sample stratified by nothing has a
 * single stratum, {@link #ALL}.
 *
 * <p>Strata of one sample order by their values, attribute by attribute in the specification's order; this is the
 * order they are reported in and the order that breaks ties in allocation. Immutable and thread-safe.
 */
public final class Stratum implements Comparable<Stratum> {

  /** The one stratum of a sample that is not stratified. */
  public static final Stratum ALL = new Stratum(List.of());

  private final List<Map.Entry<String, String>> values;

  private Stratum(List<Map.Entry<String, String>> values) {
    this.values = values;
  }

  /**
   * The stratum a record falls in, for the given attributes.
   *
   * @param attributes the attributes, in the specification's order
   * @param record the population record
   * @return the stratum
   */
  public static Stratum of(List<StratumAttribute> attributes, PopulationCase record) {
    List<Map.Entry<String, String>> v = new ArrayList<>(attributes.size());
    for (StratumAttribute a : attributes) {
      v.add(Map.entry(a.name(), a.valueOf(record)));
    }
    return new Stratum(Collections.unmodifiableList(v));
  }

  /**
   * The stratum's value for each attribute, in the specification's order of attributes.
   *
   * @return the attribute names and values
   */
  public List<Map.Entry<String, String>> values() {
    return values;
  }

  /**
   * The stratum's value for one attribute.
   *
   * @param attribute the attribute
   * @return the value, or {@value StratumAttribute#NOT_RECORDED} if the sample is not stratified by it
   */
  public String value(StratumAttribute attribute) {
    for (Map.Entry<String, String> e : values) {
      if (e.getKey().equals(attribute.name())) {
        return e.getValue();
      }
    }
    return StratumAttribute.NOT_RECORDED;
  }

  @Override
  public int compareTo(Stratum other) {
    int n = Math.min(values.size(), other.values.size());
    for (int i = 0; i < n; i++) {
      Map.Entry<String, String> a = values.get(i);
      Map.Entry<String, String> b = other.values.get(i);
      int c = a.getKey().compareTo(b.getKey());
      if (c == 0) {
        c = a.getValue().compareTo(b.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), other.values.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stratum && ((Stratum) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values);
  }

  /**
   * The stratum as {@code name=value} pairs joined by commas, or {@code all cases} for {@link #ALL}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (values.isEmpty()) {
      return "all cases";
    }
    return values.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
