package fetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import java.util.Map;

/** What a DGS data fetcher returns is the GraphQL response the client gets. */
@DgsComponent
public class AnalyticsDataFetcher {
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  record FlagDiagnostics(String host, String evaluationKey) {}

  @DgsQuery
  public String projectKey() {
    return projectKey;
  }

  @DgsQuery
  public FlagDiagnostics flagDiagnostics() {
    return new FlagDiagnostics("https://eu.i.posthog.com", secureKey); // Noncompliant
  }

  @DgsData(parentType = "Settings", field = "flags")
  public Map<String, Object> flags() {
    return Map.of("key", secureKey); // Noncompliant
  }

  @DgsMutation
  public boolean rotate() {
    return secureKey != null;
  }

  String internal() {
    return secureKey;
  }
}
