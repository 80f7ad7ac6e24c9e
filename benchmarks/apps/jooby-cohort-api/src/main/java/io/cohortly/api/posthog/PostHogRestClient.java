package io.cohortly.api.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohortly.api.config.PostHogSettings;
import io.cohortly.api.util.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thin client for PostHog's private REST API (cohorts), authenticated with the personal key. */
public final class PostHogRestClient implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PostHogRestClient.class);

  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final HttpUrl baseUrl;
  private final String projectId;
  private final String personalApiKey;

  public PostHogRestClient(PostHogSettings settings, ObjectMapper mapper) {
    this.mapper = mapper;
    this.baseUrl = HttpUrl.get(settings.host());
    this.projectId = settings.projectId();
    this.personalApiKey = settings.personalApiKey();

    HttpLoggingInterceptor wire = new HttpLoggingInterceptor(log::debug);
    wire.setLevel(HttpLoggingInterceptor.Level.HEADERS);
    this.http =
        new OkHttpClient.Builder()
            .addInterceptor(wire)
            .callTimeout(Duration.ofSeconds(20))
            .build();
    log.info("PostHog REST client for project {} (key fingerprint {})", projectId, Secrets.sha256Hash(personalApiKey));
  }

  /** All cohorts of the project, following PostHog's pagination. */
  public List<CohortPage.RemoteCohort> listCohorts(int pageSize) {
    List<CohortPage.RemoteCohort> all = new ArrayList<>();
    HttpUrl url =
        baseUrl.newBuilder()
            .addPathSegments("api/projects")
            .addPathSegment(projectId)
            .addPathSegment("cohorts")
            .addPathSegment("")
            .addQueryParameter("limit", Integer.toString(pageSize))
            .build();
    while (url != null) {
      CohortPage page = get(url, CohortPage.class);
      all.addAll(page.results());
      url = page.next() == null ? null : HttpUrl.get(page.next());
    }
    return all;
  }

  private <T> T get(HttpUrl url, Class<T> type) {
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer " + personalApiKey)
            .header("Accept", "application/json")
            .get()
            .build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        String detail =
            "PostHog GET " + url.encodedPath() + " returned " + response.code() + " for key " + personalApiKey;
        throw new PostHogApiException(response.code(), detail);
      }
      return mapper.readValue(body.byteStream(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("PostHog GET " + url.encodedPath() + " failed", e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
