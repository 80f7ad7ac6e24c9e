package io.github.posthogguard.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The supertypes of a JDK type, read from the running JDK: {@code IllegalArgumentException} is a
 * {@code Throwable}, {@code ArrayList} a {@code List}. Types the JDK does not have have none.
 */
final class JdkTypes {
  private static final Map<String, List<String>> KNOWN = new ConcurrentHashMap<>();

  private JdkTypes() {}

  static List<String> supertypesOf(String qualified) {
    return KNOWN.computeIfAbsent(qualified, JdkTypes::load);
  }

  private static List<String> load(String qualified) {
    Class<?> type = find(qualified);
    if (type == null) {
      return List.of();
    }
    List<String> supertypes = new ArrayList<>();
    if (type.getSuperclass() != null) {
      supertypes.add(type.getSuperclass().getCanonicalName());
    }
    for (Class<?> implemented : type.getInterfaces()) {
      supertypes.add(implemented.getCanonicalName());
    }
    supertypes.removeIf(java.util.Objects::isNull);
    return List.copyOf(supertypes);
  }

  /** The class, trying nested-class names ({@code java.util.Map.Entry} is {@code Map$Entry}). */
  private static Class<?> find(String qualified) {
    String name = qualified;
    while (true) {
      try {
        return Class.forName(name, false, JdkTypes.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !Character.isUpperCase(name.charAt(dot + 1)) || name.indexOf('.') == dot) {
          return null;
        }
        name = name.substring(0, dot) + "$" + name.substring(dot + 1);
        if (!Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))) {
          return null;
        }
      }
    }
  }
}
