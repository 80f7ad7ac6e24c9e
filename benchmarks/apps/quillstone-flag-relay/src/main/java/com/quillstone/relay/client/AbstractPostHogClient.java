package com.quillstone.relay.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quillstone.relay.config.Masking;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every client of PostHog's private REST API shares: the HTTP client and the credentials. */
public abstract class AbstractPostHogClient implements Masking {

    protected final Logger log = LoggerFactory.getLogger(getClass());

    protected final OkHttpClient http;
    protected final ObjectMapper mapper;
    protected final HttpUrl baseUrl;
    protected final long projectId;
    protected final String personalApiKey;

    protected AbstractPostHogClient(OkHttpClient http, ObjectMapper mapper, String apiHost, long projectId, String personalApiKey) {
        this.http = http;
        this.mapper = mapper;
        this.baseUrl = HttpUrl.get(apiHost);
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    protected HttpUrl.Builder projectUrl(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments("api/projects").addPathSegment(Long.toString(projectId));
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.addPathSegment("");
    }
}
