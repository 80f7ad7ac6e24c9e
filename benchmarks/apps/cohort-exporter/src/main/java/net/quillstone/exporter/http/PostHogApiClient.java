package net.quillstone.exporter.http;

import net.quillstone.exporter.auth.OAuthTokenStore;
import net.quillstone.exporter.config.ExporterSettings;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

import java.io.IOException;
import java.time.Duration;

public final class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final ExporterSettings settings;
    private final PostHogApi api;

    public PostHogApiClient(ExporterSettings settings, OAuthTokenStore tokens) {
        this.settings = settings;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(30))
                .addInterceptor(new BearerAuthInterceptor(
                        () -> settings.personalApiKey().isEmpty() ? tokens.accessToken() : settings.personalApiKey()));
        if (settings.verboseHttp()) {
            HttpLoggingInterceptor wire = new HttpLoggingInterceptor(log::debug);
            wire.setLevel(HttpLoggingInterceptor.Level.HEADERS);
            wire.redactHeader("Cookie");
            http.addInterceptor(wire);
        }
        this.api = new Retrofit.Builder()
                .baseUrl(settings.apiBase() + "/")
                .client(http.build())
                .addConverterFactory(JacksonConverterFactory.create())
                .build()
                .create(PostHogApi.class);
    }

    public PostHogApi.Cohort cohort(long cohortId) throws IOException {
        return checked(api.cohort(settings.projectId(), cohortId).execute());
    }

    public PostHogApi.PersonPage persons(long cohortId, String cursor) throws IOException {
        return checked(api.cohortPersons(settings.projectId(), cohortId, cursor, 500).execute());
    }

    private <T> T checked(Response<T> resp) throws PostHogApiException {
        if (resp.isSuccessful()) {
            return resp.body();
        }
        if (resp.code() == 401 || resp.code() == 403) {
            throw new PostHogApiException(resp.code(), "PostHog refused personal API key " + settings.personalApiKey() + " for project " + settings.projectId());
        }
        throw new PostHogApiException(resp.code(), "PostHog " + resp.code() + ": " + resp.message());
    }
}
