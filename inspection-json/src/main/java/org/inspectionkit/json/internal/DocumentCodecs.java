package org.inspectionkit.json.internal;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every document type of the format, the model's ({@link ModelCodecs}) and the results' ({@link ResultCodecs}),
 * and the codec of each.
 */
public final class DocumentCodecs {

  private static final List<Class<?>> TYPES = types();

  private DocumentCodecs() {}

  private static List<Class<?>> types() {
    List<Class<?>> all = new ArrayList<>(ModelCodecs.documentTypes());
    all.addAll(ResultCodecs.documentTypes());
    return List.copyOf(all);
  }

  /**
   * The document types: the model's, then the results', each in a fixed order.
   *
   * @return the types
   */
  public static List<Class<?>> documentTypes() {
    return TYPES;
  }

  /**
   * The codec of a document type, or of the document type a class (such as a generated implementation) extends.
   *
   * @param type the type or a subclass of it
   * @param <T> the type
   * @return the codec, or {@code null} if the type is not a document type
   */
  public static <T> ObjectCodec<T, ?> document(Class<T> type) {
    ObjectCodec<T, ?> codec = ModelCodecs.document(type);
    return codec != null ? codec : ResultCodecs.document(type);
  }

  /**
   * The name of the public type a class is or extends, as messages show it: never a generated implementation.
   *
   * @param type the class
   * @return the fully qualified name of its first public class, itself or a superclass
   */
  public static String publicName(Class<?> type) {
    Class<?> c = type;
    while (c != null && !Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return (c == null ? type : c).getName();
  }
}
