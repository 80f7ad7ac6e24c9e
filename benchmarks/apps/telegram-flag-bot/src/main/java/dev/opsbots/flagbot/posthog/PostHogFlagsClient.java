package dev.opsbots.flagbot.posthog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsbots.flagbot.config.PostHogSettings;
import dev.opsbots.flagbot.posthog.dto.ConnectionInfo;
import dev.opsbots.flagbot.posthog.dto.FeatureFlagDto;
import dev.opsbots.flagbot.posthog.dto.FlagPage;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class PostHogFlagsClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagsClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final PostHogSettings settings;
    private final HttpUrl baseUrl;

    public PostHogFlagsClient(OkHttpClient http, ObjectMapper mapper, PostHogSettings settings) {
        this.http = http;
        this.mapper = mapper;
        this.settings = settings;
        this.baseUrl = HttpUrl.get(settings.getHost()).newBuilder()
                .addPathSegments("api/projects")
                .addPathSegment(Long.toString(settings.getProjectId()))
                .addPathSegment("feature_flags")
                .build();
    }

    public List<FeatureFlagDto> listFlags() {
        List<FeatureFlagDto> flags = new ArrayList<>();
        HttpUrl url = baseUrl.newBuilder().addPathSegment("").addQueryParameter("limit", "100").build();
        while (url != null) {
            FlagPage page = execute(new Request.Builder().url(url).get().build(), FlagPage.class);
            page.results().stream().filter(f -> !f.deleted()).forEach(flags::add);
            url = page.next() == null ? null : HttpUrl.parse(page.next());
        }
        log.debug("Fetched {} feature flags from project {}", flags.size(), settings.getProjectId());
        return flags;
    }

    public FeatureFlagDto findByKey(String key) {
        return listFlags().stream()
                .filter(f -> f.key().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new PostHogApiException("No feature flag named '" + key + "'", 404));
    }

    public FeatureFlagDto setActive(long flagId, boolean active) {
        try {
            HttpUrl url = baseUrl.newBuilder().addPathSegment(Long.toString(flagId)).addPathSegment("").build();
            RequestBody body = RequestBody.create(mapper.writeValueAsString(new FlagPage.ActivePatch(active)), JSON);
            Request request = new Request.Builder().url(url).patch(body).build();
            log.debug("PATCH {} headers: {}", url.encodedPath(), redacted(request.headers()));
            return execute(request, FeatureFlagDto.class);
        } catch (IOException e) {
            throw new PostHogApiException("Could not serialise patch for flag " + flagId, e);
        }
    }

    public ConnectionInfo connectionInfo(int flagsVisible) {
        boolean oauth = settings.getOauthAccessToken() != null;
        return new ConnectionInfo(
                settings.getHost(),
                settings.getProjectId(),
                oauth ? "oauth" : "personal_api_key",
                oauth ? settings.getOauthAccessToken() : settings.getPersonalApiKey(),
                flagsVisible);
    }

    private <T> T execute(Request request, Class<T> type) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (response.code() == 401 || response.code() == 403) {
                throw new PostHogApiException(String.format(Locale.ROOT,
                        "PostHog rejected credential %s for %s %s: %s",
                        settings.getPersonalApiKey(), request.method(), request.url().encodedPath(), text),
                        response.code());
            }
            if (!response.isSuccessful()) {
                throw new PostHogApiException("PostHog returned HTTP " + response.code() + " for "
                        + request.method() + " " + request.url().encodedPath(), response.code());
            }
            return mapper.readValue(text, type);
        } catch (IOException e) {
            throw new PostHogApiException("I/O error talking to " + settings.getHost(), e);
        }
    }

    private static String redacted(Headers headers) {
        StringBuilder out = new StringBuilder();
        for (String name : headers.names()) {
            String value = "authorization".equalsIgnoreCase(name) || "cookie".equalsIgnoreCase(name)
                    ? "<redacted>"
                    : headers.get(name);
            out.append(name).append('=').append(value).append("; ");
        }
        return out.toString();
    }
}
