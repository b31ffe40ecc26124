package org.inspectionkit.testkit.store;

import java.util.List;

/**
 * How the store contracts close the stores they opened: every one, whatever happens to the others, the first
 * failure thrown with the rest suppressed in it, as try-with-resources does.
 */
final class StoreClosing {

  private StoreClosing() {}

  /** Closes one store. */
  @FunctionalInterface
  interface Closer<S> {
    void close(S store) throws Exception;
  }

  /**
   * Closes every store in {@code stores}, in the order given.
   *
   * @param stores the stores
   * @param closer how to close one
   * @param <S> the kind of store
   * @throws Exception the first failure (an exception, or an error such as a failed assertion), with the later
   *     ones suppressed in it
   */
  static <S> void closeAll(List<S> stores, Closer<S> closer) throws Exception {
    Throwable first = null;
    for (S store : stores) {
      try {
        closer.close(store);
      } catch (Exception | Error e) {
        if (first == null) {
          first = e;
        } else if (first != e) {
          first.addSuppressed(e);
        }
      }
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
    if (first != null) {
      throw (Exception) first;
    }
  }
}
