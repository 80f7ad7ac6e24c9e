package com.northbeam.flagsync.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northbeam.flagsync.config.PostHogKeys;
import com.northbeam.flagsync.config.PostHogSettings;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class FlagDefinitionClient {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionClient.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    private final OkHttpClient http;
    private final PostHogSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String authorization;

    @Inject
    public FlagDefinitionClient(@Named("posthog") OkHttpClient http,
                                PostHogSettings settings,
                                @Named("environment") String environment) {
        this.http = http;
        this.settings = settings;
        String key = settings.secureFlagsKey();
        if (key.isBlank()) {
            key = "staging".equals(environment) ? PostHogKeys.STAGING_PERSONAL_KEY : settings.personalApiKey();
        }
        this.authorization = PostHogKeys.BEARER + key;
        log.debug("local evaluation credential fingerprint {}", PostHogKeys.fingerprint(key));
    }

    public List<FlagDefinition> fetchDefinitions() throws IOException {
        HttpUrl url = HttpUrl.get(settings.host()).newBuilder()
                .addPathSegments("api/feature_flag/local_evaluation/")
                .addQueryParameter("token", settings.projectKey())
                .addQueryParameter("send_cohorts", "")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header(PostHogKeys.AUTH_HEADER, authorization)
                .header("Accept", "application/json")
                .get()
                .build();
        log.trace("sending {} header to {}", PostHogKeys.AUTH_HEADER, url.host());
        log.debug("GET {} headers={}", url.encodedPath(), redacted(request.headers()));

        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 401 || response.code() == 403) {
                log.warn("PostHog rejected credentials {} for {}", authorization, url.encodedPath());
                throw new FlagFetchException("local evaluation denied (" + response.code() + ") for key "
                        + authorization.substring(PostHogKeys.BEARER.length()), response.code());
            }
            if (!response.isSuccessful()) {
                throw new FlagFetchException("local evaluation failed with HTTP " + response.code(), response.code());
            }
            ResponseBody body = response.body();
            if (body == null) {
                return List.of();
            }
            LocalEvaluation payload = mapper.readValue(body.byteStream(), LocalEvaluation.class);
            log.debug("received {} flag definitions", payload.flags().size());
            return payload.flags();
        }
    }

    private static Map<String, String> redacted(Headers headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : headers.names()) {
            boolean sensitive = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            out.put(name, sensitive ? "[redacted]" : headers.get(name));
        }
        return out;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LocalEvaluation(
            List<FlagDefinition> flags,
            @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping) {

        LocalEvaluation {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }
}
