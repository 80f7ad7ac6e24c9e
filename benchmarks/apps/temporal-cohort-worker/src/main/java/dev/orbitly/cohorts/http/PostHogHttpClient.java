package dev.orbitly.cohorts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orbitly.cohorts.activity.CohortPage;
import dev.orbitly.cohorts.secrets.PostHogCredentials;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class PostHogHttpClient {

    private static final Logger log = LogManager.getLogger(PostHogHttpClient.class);
    private static final int PAGE_SIZE = 500;

    private final OkHttpClient http;
    private final OkHttpClient downloads;
    private final PostHogCredentials creds;
    private final ObjectMapper mapper;

    public PostHogHttpClient(PostHogCredentials creds, ObjectMapper mapper) {
        this.creds = creds;
        this.mapper = mapper;
        HttpLoggingInterceptor wire = new HttpLoggingInterceptor(message -> log.trace(message));
        wire.redactHeader("Authorization");
        wire.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        this.http = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(creds))
                .addNetworkInterceptor(new RequestLoggingInterceptor())
                .addNetworkInterceptor(wire)
                .callTimeout(Duration.ofSeconds(60))
                .build();
        this.downloads = new OkHttpClient.Builder()
                .callTimeout(Duration.ofMinutes(5))
                .build();
    }

    public CohortPage cohortPersons(String cohortId, String cursor) throws IOException {
        HttpUrl url = cursor != null
                ? HttpUrl.get(cursor)
                : HttpUrl.get(creds.apiHost()).newBuilder()
                        .addPathSegments("api/projects/" + creds.projectId() + "/cohorts/" + cohortId + "/persons/")
                        .addQueryParameter("limit", String.valueOf(PAGE_SIZE))
                        .build();
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new CohortApiException("Cohort " + cohortId + " page failed: HTTP " + response.code(),
                        response.code());
            }
            JsonNode root = mapper.readTree(bodyOf(response).string());
            List<String> distinctIds = new ArrayList<>();
            for (JsonNode person : root.path("results")) {
                JsonNode ids = person.path("distinct_ids");
                if (ids.size() > 0) {
                    distinctIds.add(ids.get(0).asText());
                }
            }
            String next = root.hasNonNull("next") ? root.get("next").asText() : null;
            return new CohortPage(distinctIds, next);
        }
    }

    /** The CSV export endpoint is fetched by a plain download link, so it authenticates via the query string. */
    public byte[] exportCsv(String cohortId) throws IOException {
        HttpUrl url = HttpUrl.get(creds.apiHost()).newBuilder()
                .addPathSegments("api/projects/" + creds.projectId() + "/cohorts/" + cohortId + "/persons")
                .addQueryParameter("format", "csv")
                .addQueryParameter("personal_api_key", creds.personalApiKey())
                .build();
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = downloads.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new CohortApiException("CSV export failed (HTTP " + response.code() + ") for " + url,
                        response.code());
            }
            return bodyOf(response).bytes();
        }
    }

    private static ResponseBody bodyOf(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            throw new IOException("empty response from PostHog");
        }
        return body;
    }
}
