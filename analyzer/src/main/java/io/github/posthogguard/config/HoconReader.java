package io.github.posthogguard.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads HOCON (Typesafe Config's {@code application.conf}, {@code reference.conf}): every string,
 * number and boolean is an entry named by its path, with the value the file leaves it once its own
 * substitutions are resolved: a later {@code key = ${?ENV}} keeps the written value where the
 * variable is unset; a required {@code ${ENV}} stays a placeholder. Includes are not followed.
 */
final class HoconReader {
  private static final int MAX_DEPTH = 64;

  private final EntrySink sink;
  private final List<String> lines;

  private HoconReader(EntrySink sink) {
    this.sink = sink;
    this.lines = sink.text().lines().toList();
  }

  static void read(EntrySink sink) {
    if (nesting(sink.text()) > MAX_DEPTH) {
      // the library's parser recurses per level
      throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " levels");
    }
    ConfigObject root =
        ConfigFactory.parseString(
                sink.text(),
                ConfigParseOptions.defaults()
                    .setSyntax(ConfigSyntax.CONF)
                    .setOriginDescription(sink.path())
                    .setIncluder(NoIncludes.INSTANCE))
            .resolve(ConfigResolveOptions.noSystem().setAllowUnresolved(true))
            .root();
    new HoconReader(sink).walk(root, new ArrayList<>(), 0);
  }

  /** The deepest nesting of braces and brackets, strings and comments counted in. */
  private static int nesting(String text) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if ((c == '}' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return deepest;
  }

  private void walk(ConfigValue value, List<String> path, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof ConfigObject object) {
      for (Map.Entry<String, ConfigValue> member : object.entrySet()) {
        path.add(member.getKey());
        walk(member.getValue(), path, depth + 1);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof ConfigList list) {
      for (ConfigValue item : list) {
        walk(item, path, depth + 1);
      }
    } else if (!path.isEmpty()) {
      add(String.join(".", path), path.get(path.size() - 1), value);
    }
  }

  private void add(String name, String leaf, ConfigValue value) {
    String text = textOf(value);
    int line = value.origin().lineNumber();
    if (text == null || line < 1 || line > lines.size()) {
      return;
    }
    int lineStart = sink.lineStart(line);
    String lineText = lines.get(line - 1);
    int nameAt = lineText.indexOf(leaf);
    int afterName = nameAt < 0 ? 0 : nameAt + leaf.length();
    int valueAt = text.isEmpty() ? -1 : lineText.indexOf(text, afterName);
    int rawStart = lineStart + (valueAt < 0 ? lineText.length() : valueAt);
    sink.add(
        name,
        EntryKind.PROPERTY,
        nameAt < 0 ? -1 : lineStart + nameAt,
        nameAt < 0 ? -1 : lineStart + afterName,
        text,
        rawStart,
        valueAt < 0 ? rawStart : rawStart + text.length());
  }

  /** The value's text; an unresolved substitution as the placeholder it is ({@code ${ENV}}). */
  private static String textOf(ConfigValue value) {
    try {
      Object unwrapped = value.unwrapped();
      return unwrapped == null ? null : unwrapped.toString();
    } catch (ConfigException.NotResolved e) {
      return value.render().replace("${?", "${");
    }
  }

  /** Reads one file: what it includes is another file's, read on its own. */
  private enum NoIncludes implements ConfigIncluder {
    INSTANCE;

    @Override
    public ConfigIncluder withFallback(ConfigIncluder fallback) {
      return this;
    }

    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
      return ConfigFactory.empty().root();
    }
  }
}
