package com.northwind.portal.service;

import com.northwind.portal.config.PortalKeys;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogAdminService {

    private static final Logger LOG = Logger.getLogger(PostHogAdminService.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public String listCohorts() throws IOException, InterruptedException {
        String key = PortalKeys.personalKey();
        LOG.fine("Calling PostHog cohorts API with a key of length " + key.length());
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(PortalKeys.host().replace(".i.", ".") + "/api/projects/@current/cohorts/"))
                .header("Authorization", "Bearer " + key)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("PostHog API returned " + response.statusCode() + " for key " + key);
        }
        return response.body();
    }
}
