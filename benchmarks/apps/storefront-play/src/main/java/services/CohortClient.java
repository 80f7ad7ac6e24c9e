package services;

import com.typesafe.config.Config;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/**
 * Adds customers to static PostHog cohorts (used by the loyalty programme).
 */
@Singleton
public class CohortClient {

    private static final Logger LOG = LoggerFactory.getLogger(CohortClient.class);

    private final WSClient ws;
    private final PostHogApiCredentials credentials;

    @Inject
    public CohortClient(WSClient ws, PostHogSettings settings, Config config) {
        this.ws = ws;
        String apiHost = settings.host().replace(".i.posthog.com", ".posthog.com");
        this.credentials = new PostHogApiCredentials(apiHost, config.getString("posthog.project-id"), settings.personalApiKey());
    }

    public CompletionStage<Integer> addToCohort(int cohortId, String distinctId) {
        LOG.info("Adding {} to cohort {} with {}", distinctId, cohortId, credentials);
        return ws.url(credentials.host() + "/api/projects/" + credentials.projectId() + "/cohorts/" + cohortId + "/")
                .addHeader(Keys.AUTHORIZATION, credentials.authorizationHeader())
                .patch(Json.toJson(Map.of("distinct_ids", List.of(distinctId))))
                .thenApply(WSResponse::getStatus);
    }
}
