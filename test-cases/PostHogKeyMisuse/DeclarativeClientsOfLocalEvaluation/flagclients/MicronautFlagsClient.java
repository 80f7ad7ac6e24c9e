package flagclients;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/** PostHog's local-evaluation endpoint through a Micronaut declarative client. */
@Client("${posthog.host}")
public interface MicronautFlagsClient {
  @Get("/api/feature_flag/local_evaluation/{?token,send_cohorts}")
  String localEvaluation(@QueryValue String token, @QueryValue("send_cohorts") boolean sendCohorts);

  @Get("/api/projects/{projectId}/feature_flags/{?token}")
  String flags(long projectId, @QueryValue String token);

  @Get("/api/projects/{projectId}/feature_flags/")
  String listFlags(@io.micronaut.http.annotation.Header("Authorization") String authorization, long projectId);
}
