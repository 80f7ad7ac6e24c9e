package io.northwind.flagsync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.northwind.flagsync.config.FlagSyncDefaults;
import io.northwind.flagsync.model.FeatureFlagDefinition;
import io.northwind.flagsync.settings.FlagSyncSettings;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Named;
import javax.inject.Singleton;
import java.io.IOException;
import java.util.List;

/**
 * Thin client for the private PostHog API ({@code /api/projects/:id/feature_flags/}).
 */
@Named
@Singleton
public class PostHogApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final String AUTH_HEADER = "Authorization";
    private static final MediaType JSON = MediaType.get("application/json");

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    public List<FeatureFlagDefinition> listFlags(FlagSyncSettings settings) {
        HttpUrl url = flagsUrl(settings).newBuilder()
                .addQueryParameter("limit", String.valueOf(FlagSyncDefaults.MAX_FLAGS_PER_PAGE))
                .build();
        Request request = authorized(settings).url(url).get().build();
        JsonNode page = execute(settings, request);
        return mapper.convertValue(page.path("results"), new TypeReference<List<FeatureFlagDefinition>>() { });
    }

    public FeatureFlagDefinition create(FlagSyncSettings settings, FeatureFlagDefinition flag) {
        Request request = authorized(settings).url(flagsUrl(settings)).post(body(flag)).build();
        return mapper.convertValue(execute(settings, request), FeatureFlagDefinition.class);
    }

    public FeatureFlagDefinition update(FlagSyncSettings settings, FeatureFlagDefinition flag) {
        HttpUrl url = flagsUrl(settings).newBuilder().addPathSegment(String.valueOf(flag.id())).addPathSegment("").build();
        Request request = authorized(settings).url(url).patch(body(flag)).build();
        return mapper.convertValue(execute(settings, request), FeatureFlagDefinition.class);
    }

    private OkHttpClient httpClient(FlagSyncSettings settings) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .callTimeout(FlagSyncDefaults.HTTP_TIMEOUT)
                .addInterceptor(new UnauthorizedRetryInterceptor());
        if (settings.isVerbose()) {
            HttpLoggingInterceptor wire = new HttpLoggingInterceptor(LOG::debug);
            wire.setLevel(HttpLoggingInterceptor.Level.HEADERS);
            builder.addNetworkInterceptor(wire);
        }
        return builder.build();
    }

    private Request.Builder authorized(FlagSyncSettings settings) {
        return new Request.Builder()
                .header(AUTH_HEADER, "Bearer " + settings.getPersonalApiKey())
                .header("Accept", "application/json");
    }

    private HttpUrl flagsUrl(FlagSyncSettings settings) {
        return HttpUrl.get(settings.getHost()).newBuilder()
                .addPathSegments("api/projects")
                .addPathSegment(settings.getProjectId())
                .addPathSegments("feature_flags/")
                .build();
    }

    private RequestBody body(FeatureFlagDefinition flag) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(flag), JSON);
        } catch (IOException e) {
            throw new FlagApiException("Could not serialise flag " + flag.key(), e);
        }
    }

    private JsonNode execute(FlagSyncSettings settings, Request request) {
        try (Response response = httpClient(settings).newCall(request).execute()) {
            if (response.code() == 401 || response.code() == 403) {
                throw new FlagApiException("PostHog refused personal API key " + settings.getPersonalApiKey()
                        + " for project " + settings.getProjectId(), response.code());
            }
            if (!response.isSuccessful()) {
                throw new FlagApiException(request.method() + " " + request.url().encodedPath()
                        + " failed with HTTP " + response.code(), response.code());
            }
            return mapper.readTree(response.body().byteStream());
        } catch (IOException e) {
            throw new FlagApiException("I/O error talking to " + settings.getHost(), e);
        }
    }
}
