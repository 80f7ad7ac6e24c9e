package com.quillfeather.links.analytics;

import com.quillfeather.links.util.Redactor;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Fetches feature-flag definitions so the admin UI can show what is rolled out where.
 */
public class FlagDefinitionsClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagDefinitionsClient.class);

    private final OkHttpClient http = new OkHttpClient();
    private final String host;
    private final String projectKey;
    private final String secureKey;

    public FlagDefinitionsClient(String host, String projectKey, String secureKey) {
        this.host = host;
        this.projectKey = projectKey;
        this.secureKey = secureKey;
    }

    public String fetch() throws IOException {
        HttpUrl url = HttpUrl.get(host).newBuilder()
                .addPathSegments("api/feature_flag/local_evaluation/")
                .addQueryParameter("token", projectKey)
                .addQueryParameter("send_cohorts", "")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + secureKey)
                .build();
        LOG.debug("GET {} (key {})", url, Redactor.redact(secureKey));
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                LOG.warn("flag definitions request failed: status={} request headers={}", response.code(), request.headers());
                throw new IOException("flag definitions: HTTP " + response.code());
            }
            return response.body() == null ? "{}" : response.body().string();
        }
    }
}
