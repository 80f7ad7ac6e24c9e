package lookup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The job's settings file, each entry overridable by an environment variable. */
public class AppSettings {
  private final Properties properties = new Properties();

  public AppSettings() throws IOException {
    try (InputStream in = AppSettings.class.getResourceAsStream("/job.properties")) {
      properties.load(in);
    }
  }

  public String get(String key) {
    String override = System.getenv(key.toUpperCase().replace('.', '_'));
    return override != null ? override : properties.getProperty(key);
  }

  public String require(String key) {
    String value = get(key);
    if (value == null) {
      throw new IllegalStateException("missing setting " + key);
    }
    return value;
  }
}
