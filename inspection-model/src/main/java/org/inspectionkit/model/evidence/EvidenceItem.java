package org.inspectionkit.model.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * One piece of evidence a provider submits for a domain-one key question: a document, data set or example of its
 * practice.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvidenceItem {

  EvidenceItem() {}

  /**
   * The evidence's title, such as "Quality assurance framework 2019".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the evidence shows, if described.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Where the document can be found (a file name or a reference in the provider's document store), if given.
   *
   * @return the reference
   */
  public abstract Optional<String> documentRef();

  /**
   * An item with a title only.
   *
   * @param title the title
   * @return the item
   */
  public static EvidenceItem of(String title) {
    return builder().title(title).build();
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
    Checks.name("EvidenceItem title", title(), 500);
    description().ifPresent(d -> Checks.text("EvidenceItem description", d, 4_000));
    documentRef().ifPresent(d -> Checks.name("EvidenceItem documentRef", d, 500));
  }

  /** Builds an {@link EvidenceItem}; the title is required. */
  public static final class Builder extends ImmutableEvidenceItem.Builder {
    Builder() {}
  }
}
