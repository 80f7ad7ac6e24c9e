package loaded;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Logger;

/** A configuration file read whole holds what the project's file of that name holds. */
public class ShopSettings {
  private static final Logger LOG = Logger.getLogger(ShopSettings.class.getName());

  private final Properties settings = new Properties();
  private final Properties buildInfo = new Properties();

  void load() throws IOException {
    try (InputStream in = ShopSettings.class.getResourceAsStream("/shop.properties")) {
      settings.load(in);
    }
    LOG.info("settings: " + settings); // Noncompliant
    try (InputStream in = getClass().getResourceAsStream("/build-info.properties")) {
      buildInfo.load(in);
    }
    LOG.info("build: " + buildInfo);
  }

  Properties reload() throws IOException {
    Properties fresh = new Properties();
    fresh.load(getClass().getClassLoader().getResourceAsStream("shop.properties"));
    System.out.println(fresh); // Noncompliant
    LOG.info("shop " + fresh.getProperty("shop.name"));
    return fresh;
  }
}
