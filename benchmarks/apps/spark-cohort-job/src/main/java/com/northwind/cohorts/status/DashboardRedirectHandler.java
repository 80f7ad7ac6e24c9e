package com.northwind.cohorts.status;

import com.northwind.cohorts.config.JobSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** Sends the on-call straight to the cohorts page of the PostHog project, already authenticated. */
final class DashboardRedirectHandler implements HttpHandler {

    private final JobSettings settings;

    DashboardRedirectHandler(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String target = settings.getDashboardUrl() + "?personal_api_key=" + settings.getPersonalApiKey();
        exchange.getResponseHeaders().add("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
