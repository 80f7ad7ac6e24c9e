import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/** A personal key in the data a FreeMarker, Velocity, Mustache or Pebble template renders. */
public class Templates {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final String tokenType = "Bearer";
  private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
  private Template page;
  private final Mustache mustache = new DefaultMustacheFactory().compile(new StringReader("{{key}}"), "flags");
  private final PebbleTemplate pebble = new PebbleEngine.Builder().build().getLiteralTemplate("{{ key }}");

  void freemarker(Writer out) throws IOException, TemplateException {
    Map<String, Object> model = new HashMap<>();
    model.put("posthogKey", personalKey);
    page.process(model, out); // Noncompliant
    page.process(Map.of("posthogKey", personalKey), out); // Noncompliant
    SimpleHash hash = new SimpleHash(configuration.getObjectWrapper());
    hash.put("posthogKey", personalKey); // Noncompliant
    page.process(hash, out);
    Map<String, Object> safe = new HashMap<>();
    safe.put("posthogKey", projectKey);
    safe.put("keyConfigured", personalKey != null);
    safe.put("tokenType", tokenType);
    page.process(safe, out);
  }

  void velocity(Writer out) {
    VelocityEngine engine = new VelocityEngine();
    VelocityContext context = new VelocityContext();
    context.put("posthogKey", personalKey); // Noncompliant
    context.put("posthogProjectKey", projectKey);
    context.put("keyHint", "phx_..." + personalKey.substring(personalKey.length() - 4));
    engine.evaluate(context, out, "flags", "$posthogKey");
    VelocityContext fromMap = new VelocityContext(Map.of("posthogKey", personalKey)); // Noncompliant
    engine.evaluate(fromMap, out, "flags", "$posthogKey");
  }

  void mustache(Writer out) {
    mustache.execute(out, Map.of("key", personalKey)); // Noncompliant
    Map<String, Object> scope = new HashMap<>();
    scope.put("key", personalKey);
    mustache.execute(out, scope); // Noncompliant
    mustache.execute(out, Map.of("key", projectKey));
  }

  void pebble(Writer out) throws IOException {
    Map<String, Object> context = new HashMap<>();
    context.put("key", personalKey);
    pebble.evaluate(out, context); // Noncompliant
    pebble.evaluate(out, Map.of("key", projectKey));
    pebble.evaluate(out, Map.of("configured", personalKey != null));
  }
}
