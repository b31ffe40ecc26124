package org.inspectionkit.model.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.framework.ElementCode;

/**
 * An immutable map from element codes to answers in code order, held in two arrays: the codes, sorted, and one
 * byte per answer. It is what a case assessment keeps its answers in: a {@link TreeMap} took about forty bytes per
 * answer and a pointer hop per step of an iteration; this takes five bytes and none.
 *
 * <p>Lookups and the navigation methods binary-search the codes. The view methods ({@link #subMap}, {@link
 * #headMap}, {@link #tailMap}, {@link #descendingMap}, {@link #navigableKeySet}, {@link #descendingKeySet}) are
 * rare in practice and return unmodifiable views of a {@link TreeMap} copy; the map cannot change, so a copy is
 * as good as a view. Every mutator throws {@link UnsupportedOperationException}. {@code equals}, {@code hashCode}
 * and {@code toString} follow the {@link Map} contract, so an answer map equals a {@link TreeMap} with the same
 * entries.
 *
 * @param <K> the code type
 */
public final class AnswerMap<K extends ElementCode> extends AbstractMap<K, Answer> implements NavigableMap<K, Answer> {

  private static final Answer[] ANSWERS = Answer.values();
  private static final AnswerMap<?> EMPTY = new AnswerMap<>(new ElementCode[0], new byte[0]);

  private final ElementCode[] keys;
  private final byte[] answers;

  private AnswerMap(ElementCode[] keys, byte[] answers) {
    this.keys = keys;
    this.answers = answers;
  }

  /**
   * An answer map with the entries of {@code entries}, none of which may be null.
   *
   * @param entries the entries
   * @param <K> the code type
   * @return the map
   */
  @SuppressWarnings("unchecked")
  public static <K extends ElementCode> AnswerMap<K> copyOf(Map<? extends K, Answer> entries) {
    if (entries instanceof AnswerMap) {
      return (AnswerMap<K>) entries;
    }
    if (entries.isEmpty()) {
      return (AnswerMap<K>) EMPTY;
    }
    ElementCode[] keys = new ElementCode[entries.size()];
    byte[] answers = new byte[keys.length];
    int n = 0;
    for (Entry<? extends K, Answer> e : entries.entrySet()) {
      K k = e.getKey();
      Answer a = e.getValue();
      if (k == null) {
        throw new NullPointerException("key");
      }
      if (a == null) {
        throw new NullPointerException("value for key: " + k);
      }
      // Insertion sort: a case has a few dozen answers at most, and they usually come in order already.
      int i = n++;
      while (i > 0 && keys[i - 1].compareTo(k) > 0) {
        keys[i] = keys[i - 1];
        answers[i] = answers[i - 1];
        i--;
      }
      if (i > 0 && keys[i - 1].compareTo(k) == 0) {
        throw new IllegalArgumentException("duplicate key " + k);
      }
      keys[i] = k;
      answers[i] = (byte) a.ordinal();
    }
    return new AnswerMap<>(keys, answers);
  }

  @SuppressWarnings("unchecked")
  private K key(int i) {
    return (K) keys[i];
  }

  private Entry<K, Answer> entry(int i) {
    return i < 0 || i >= keys.length ? null : new SimpleImmutableEntry<>(key(i), ANSWERS[answers[i]]);
  }

  private K keyOrNull(int i) {
    return i < 0 || i >= keys.length ? null : key(i);
  }

  /** The index of {@code key}, or {@code -(insertion point) - 1}, as {@link Arrays#binarySearch}. */
  private int search(Object key) {
    ElementCode k = (ElementCode) Objects.requireNonNull(key, "key");
    int low = 0;
    int high = keys.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = keys[mid].compareTo(k);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return keys[mid].equals(k) ? mid : -(mid + 1);
      }
    }
    return -(low + 1);
  }

  private int lowerIndex(K key, boolean inclusive) {
    int i = search(key);
    return i >= 0 ? (inclusive ? i : i - 1) : -i - 2;
  }

  private int higherIndex(K key, boolean inclusive) {
    int i = search(key);
    return i >= 0 ? (inclusive ? i : i + 1) : -i - 1;
  }

  private NavigableMap<K, Answer> copy() {
    return Collections.unmodifiableNavigableMap(new TreeMap<>(this));
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public Answer get(Object key) {
    if (!(key instanceof ElementCode)) {
      return null;
    }
    int i = search(key);
    return i >= 0 ? ANSWERS[answers[i]] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof ElementCode && search(key) >= 0;
  }

  @Override
  public void forEach(BiConsumer<? super K, ? super Answer> action) {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < keys.length; i++) {
      action.accept(key(i), ANSWERS[answers[i]]);
    }
  }

  @Override
  public Set<Entry<K, Answer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, Answer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<K, Answer> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            return entry(next++);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public Comparator<? super K> comparator() {
    return null;
  }

  @Override
  public K firstKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return key(0);
  }

  @Override
  public K lastKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return key(keys.length - 1);
  }

  @Override
  public Entry<K, Answer> firstEntry() {
    return entry(0);
  }

  @Override
  public Entry<K, Answer> lastEntry() {
    return entry(keys.length - 1);
  }

  @Override
  public Entry<K, Answer> pollFirstEntry() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Entry<K, Answer> pollLastEntry() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Entry<K, Answer> lowerEntry(K key) {
    return entry(lowerIndex(key, false));
  }

  @Override
  public K lowerKey(K key) {
    return keyOrNull(lowerIndex(key, false));
  }

  @Override
  public Entry<K, Answer> floorEntry(K key) {
    return entry(lowerIndex(key, true));
  }

  @Override
  public K floorKey(K key) {
    return keyOrNull(lowerIndex(key, true));
  }

  @Override
  public Entry<K, Answer> ceilingEntry(K key) {
    return entry(higherIndex(key, true));
  }

  @Override
  public K ceilingKey(K key) {
    return keyOrNull(higherIndex(key, true));
  }

  @Override
  public Entry<K, Answer> higherEntry(K key) {
    return entry(higherIndex(key, false));
  }

  @Override
  public K higherKey(K key) {
    return keyOrNull(higherIndex(key, false));
  }

  @Override
  public NavigableMap<K, Answer> descendingMap() {
    return copy().descendingMap();
  }

  @Override
  public NavigableSet<K> navigableKeySet() {
    return copy().navigableKeySet();
  }

  @Override
  public NavigableSet<K> descendingKeySet() {
    return copy().descendingKeySet();
  }

  @Override
  public NavigableMap<K, Answer> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    return copy().subMap(fromKey, fromInclusive, toKey, toInclusive);
  }

  @Override
  public NavigableMap<K, Answer> headMap(K toKey, boolean inclusive) {
    return copy().headMap(toKey, inclusive);
  }

  @Override
  public NavigableMap<K, Answer> tailMap(K fromKey, boolean inclusive) {
    return copy().tailMap(fromKey, inclusive);
  }

  @Override
  public SortedMap<K, Answer> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  @Override
  public SortedMap<K, Answer> headMap(K toKey) {
    return headMap(toKey, false);
  }

  @Override
  public SortedMap<K, Answer> tailMap(K fromKey) {
    return tailMap(fromKey, true);
  }
}
