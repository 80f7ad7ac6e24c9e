import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;

/** GraphQL and Micronaut controllers return what they return to the client. */
@org.springframework.stereotype.Controller
public class GraphQlAndMicronautControllers {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  record Analytics(String host, String adminKey) {}

  @QueryMapping
  public Analytics analytics() {
    return new Analytics("https://eu.i.posthog.com", personalKey); // Noncompliant
  }

  @QueryMapping
  public String projectKey() {
    return projectKey;
  }

  @MutationMapping
  public String rotateKey() {
    return personalKey; // Noncompliant
  }

  @SchemaMapping(typeName = "Team")
  public String flagsKey() {
    return personalKey; // Noncompliant
  }

  @SubscriptionMapping
  public String keyUpdates() {
    return "phx_" + personalKey.substring(4); // Noncompliant
  }

  @SubscriptionMapping
  public reactor.core.publisher.Flux<Analytics> analyticsUpdates() {
    return reactor.core.publisher.Flux.interval(java.time.Duration.ofSeconds(5)).map(tick -> analytics()); // Noncompliant
  }

  @SubscriptionMapping
  public reactor.core.publisher.Flux<Long> ticks() {
    return reactor.core.publisher.Flux.interval(java.time.Duration.ofSeconds(5)).map(tick -> tick + personalKey.length());
  }

  @BatchMapping
  public Map<String, String> keys(List<String> teams) {
    return Map.of(teams.get(0), personalKey); // Noncompliant
  }

  String notAMapping() {
    return personalKey;
  }
}

@Controller("/flags")
class MicronautFlags {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Get("/client")
  Map<String, String> client() {
    return Map.of("key", projectKey);
  }

  @Get("/admin")
  Map<String, String> admin() {
    return Map.of("adminKey", personalKey); // Noncompliant
  }

  @Post("/echo")
  String echo() {
    return personalKey; // Noncompliant
  }
}

/** Not a controller: a declarative client's methods are calls out, not responses. */
interface FlagsClient {
  @Get("/api/flags")
  String flags();
}
