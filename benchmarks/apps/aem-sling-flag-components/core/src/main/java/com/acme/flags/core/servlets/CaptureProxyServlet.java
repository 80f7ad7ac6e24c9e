package com.acme.flags.core.servlets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.apache.sling.servlets.annotations.SlingServletPaths;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.acme.flags.core.services.PostHogClientService;
import com.acme.flags.core.services.PostHogCredentials;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code POST /bin/acme/flags/capture}: first-party proxy for banner impression events so that
 * ad blockers do not drop them. Forwards to PostHog's capture endpoint.
 */
@Component(service = Servlet.class)
@SlingServletPaths("/bin/acme/flags/capture")
public class CaptureProxyServlet extends SlingAllMethodsServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CaptureProxyServlet.class);

    @Reference
    private transient PostHogClientService postHog;

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        JsonObject event;
        try (Reader reader = request.getReader()) {
            event = JsonParser.parseReader(reader).getAsJsonObject();
        }
        PostHogCredentials credentials = postHog.getCredentials();

        JsonObject payload = new JsonObject();
        payload.addProperty("api_key", credentials.getPersonalApiKey());
        payload.addProperty("event", event.has("event") ? event.get("event").getAsString() : "banner_impression");
        payload.addProperty("distinct_id", event.has("distinct_id") ? event.get("distinct_id").getAsString() : "anonymous");
        payload.add("properties", event.has("properties") ? event.getAsJsonObject("properties") : new JsonObject());

        HttpURLConnection connection = (HttpURLConnection) new URL(credentials.getHost() + "/i/v0/e/").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(payload.toString().getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        connection.disconnect();
        if (status >= 300) {
            LOG.warn("PostHog capture answered HTTP {} for event {}", status, payload.get("event"));
        }
        response.setStatus(status < 300 ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_BAD_GATEWAY);
    }
}
