package com.partnerco.admin.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Maps a PostHog JSON response onto {@code type}, or throws {@link PostHogApiException} with the error body.
 */
public class JsonResponseHandler<T> implements HttpClientResponseHandler<T> {

    private final ObjectMapper mapper;
    private final Class<T> type;
    private final HttpUriRequest request;

    public JsonResponseHandler(ObjectMapper mapper, Class<T> type, HttpUriRequest request) {
        this.mapper = mapper;
        this.type = type;
        this.request = request;
    }

    @Override
    public T handleResponse(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        String body = readBody(response.getEntity());
        if (status == 401 || status == 403) {
            Header auth = request.getFirstHeader(HttpHeaders.AUTHORIZATION);
            throw new PostHogApiException(status, "PostHog rejected " + request.getMethod() + " " + request.getRequestUri() + " sent with [" + auth + "]: " + body);
        }
        if (status >= 300) {
            throw new PostHogApiException(status, "PostHog returned " + status + " for " + request.getRequestUri() + ": " + body);
        }
        return mapper.readValue(body, type);
    }

    private static String readBody(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try {
            return EntityUtils.toString(entity, StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new IOException("Unreadable response entity", e);
        }
    }
}
