import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A tool or a build step writing the files a web site serves (a script, a page, anything in its
 * public folder): what they hold reaches every browser that loads them. Other files it writes do
 * not.
 */
public class ServedFilesWritten {
  private static final String BOOTSTRAP_SCRIPT = "flags-bootstrap.js";
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final ObjectMapper mapper = new ObjectMapper();

  void script(Path outDir) throws IOException {
    String js = "window.__FLAGS__ = { key: '" + secureKey + "' };\n";
    Files.writeString(outDir.resolve(BOOTSTRAP_SCRIPT), js); // Noncompliant
    Files.writeString(outDir.resolve("posthog-init.js"), "posthog.init('" + projectKey + "');");
  }

  void publicFolder(Path root) throws IOException {
    Path target = root.resolve("web/public").resolve("flags.json");
    mapper.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), Map.of("secureKey", secureKey)); // Noncompliant
    mapper.writeValue(new File("site/static/flags.json"), Map.of("secureKey", secureKey)); // Noncompliant
  }

  void notServed(Path home) throws IOException {
    Files.writeString(home.resolve(".flagcli/credentials"), secureKey, StandardCharsets.UTF_8);
    mapper.writeValue(home.resolve("cache/flags.json").toFile(), Map.of("secureKey", secureKey));
    Files.write(home.resolve("bootstrap.js"), projectKey.getBytes(StandardCharsets.UTF_8));
  }
}
