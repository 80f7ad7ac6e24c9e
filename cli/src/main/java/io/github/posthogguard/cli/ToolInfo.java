package io.github.posthogguard.cli;

import io.github.posthogguard.docs.RuleDocs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's name, version and home page, as reports and {@code --version} show them. */
public final class ToolInfo {
  public static final String NAME = "posthog-guard";
  public static final String VERSION = readVersion();

  /** The project's home: the rule docs' base address without its {@code blob/...} tail. */
  public static final String INFORMATION_URI =
      RuleDocs.URL_BASE.substring(0, RuleDocs.URL_BASE.indexOf("/blob/"));

  private ToolInfo() {}

  private static String readVersion() {
    try (InputStream in = ToolInfo.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
