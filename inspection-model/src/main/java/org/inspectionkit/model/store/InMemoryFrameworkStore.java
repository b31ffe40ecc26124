package org.inspectionkit.model.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * A {@link FrameworkStore} that keeps frameworks in memory, for tests, examples, and applications that load their
 * frameworks at start (from the JSON resources of {@code inspection-json}, say). Everything is lost when the
 * object is discarded.
 *
 * <p>The reference implementation of the framework store's behaviour, run against the contract tests in
 * {@code inspection-testkit}. Frameworks are immutable and stored as given. Thread-safe.
 */
public final class InMemoryFrameworkStore implements FrameworkStore {

  private final ConcurrentMap<FrameworkId, Framework> frameworks = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryFrameworkStore() {}

  @Override
  public void save(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    frameworks.put(framework.id(), framework);
  }

  @Override
  public Optional<Framework> find(FrameworkId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(frameworks.get(id));
  }

  @Override
  public List<FrameworkId> ids() {
    return frameworks.keySet().stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Identifies the store and its size.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryFrameworkStore{frameworks=" + frameworks.size() + "}";
  }
}
