package org.inspectionkit.model.store;

import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * Where an application keeps framework versions, by id: the built-in probation frameworks, or its own.
 *
 * <p>A framework is reference data that changes rarely (to replace modelled wording with the official text, say),
 * so it has no version: {@link #save(Framework)} replaces the stored framework with the same id, whole, and the
 * last save wins. A save stores the whole framework or nothing, and {@link #find(FrameworkId)} returns it equal
 * ({@link Framework#equals(Object)}), with domains, standards, key questions and prompts in their order.
 *
 * <p>Every method throws {@link StoreException} (unchecked) when the storage fails. Implementations must be safe
 * for use by concurrent threads, and prove their behaviour by running the contract tests of
 * {@code inspection-testkit} ({@code org.inspectionkit.testkit.store.FrameworkStoreContract}).
 */
public interface FrameworkStore {

  /**
   * Stores a framework, replacing any stored framework with the same id.
   *
   * @param framework the framework
   * @throws StoreException if the storage fails; the previously stored framework, if any, stays as it was
   */
  void save(Framework framework);

  /**
   * The stored framework with this id, if there is one.
   *
   * @param id the framework id
   * @return the framework, or empty
   * @throws StoreException if the storage fails
   */
  Optional<Framework> find(FrameworkId id);

  /**
   * The stored framework with this id.
   *
   * @param id the framework id
   * @return the framework
   * @throws NotFoundException if no framework has this id; the message names it
   * @throws StoreException if the storage fails
   */
  default Framework load(FrameworkId id) {
    return find(id).orElseThrow(() -> NotFoundException.framework(id));
  }

  /**
   * The ids of every stored framework, in natural order.
   *
   * @return the ids, possibly empty
   * @throws StoreException if the storage fails
   */
  List<FrameworkId> ids();
}
