import com.posthog.server.PostHogConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import okhttp3.Request;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/** The personal key used on the server for what it is for: never exposure. */
public class ServerSideUses {
  private static final String PERSONAL_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @Configuration
  static class PostHogSetup {
    @Bean
    PostHogConfig config() {
      return PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
          .personalApiKey(PERSONAL_KEY)
          .build();
    }

    @Bean
    String personalApiKey() {
      return PERSONAL_KEY;
    }
  }

  @Service
  static class FlagDefinitions {
    private final RestTemplate rest = new RestTemplate();

    String personalKey() {
      return PERSONAL_KEY;
    }

    HttpRequest jdk() {
      return HttpRequest.newBuilder(URI.create("https://eu.posthog.com/api/projects/1/feature_flags/"))
          .header("Authorization", "Bearer " + PERSONAL_KEY)
          .build();
    }

    Request okhttp() {
      return new Request.Builder()
          .url("https://eu.posthog.com/api/projects/1/feature_flags/")
          .header("Authorization", "Bearer " + PERSONAL_KEY)
          .build();
    }

    String restTemplate() {
      HttpHeaders headers = new HttpHeaders();
      headers.setBearerAuth(PERSONAL_KEY);
      return rest.exchange("https://eu.posthog.com/api/projects/1/feature_flags/",
          org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }
  }
}
