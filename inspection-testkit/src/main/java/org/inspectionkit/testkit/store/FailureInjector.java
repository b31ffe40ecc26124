package org.inspectionkit.testkit.store;

/**
 * A way to make a store's next save fail part-way, so the contract can check that a failed save leaves the
 * previous version intact. An adapter's test supplies one when it can simulate such a failure (a database adapter
 * can throw from a wrapped connection after some rows are written, before the commit).
 *
 * <p>The contract names the store it wants to fail: always one that its {@code newStore()} made, and the one it
 * saves to next. The adapter's test keeps, for each store it made, the means to break it (its wrapped data source,
 * its file store), and arms that one:
 *
 * <pre>{@code
 * private final Map<InspectionStore, InstrumentedDataSource> dataSources = new IdentityHashMap<>();
 *
 * protected Optional<FailureInjector<InspectionStore>> failureInjector() {
 *   return Optional.of(store -> dataSources.get(store).failNextSave());
 * }
 * }</pre>
 *
 * <p>The failure must happen after the save has started writing the aggregate, and must surface from the save as
 * a {@link org.inspectionkit.model.store.StoreException}. Only the next save of that store fails; later saves
 * succeed again.
 *
 * @param <S> the kind of store it breaks: {@link org.inspectionkit.model.store.InspectionStore} for
 *     {@link InspectionStoreContract}, {@link org.inspectionkit.model.store.FrameworkStore} for
 *     {@link FrameworkStoreContract}
 */
@FunctionalInterface
public interface FailureInjector<S> {

  /**
   * Arms {@code store} so that its next save (insert, update or framework save) fails part-way.
   *
   * @param store the store to fail: one made by the contract's {@code newStore()}, which the contract saves to next
   */
  void failNextSave(S store);
}
