package dev.quarry.exporter.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.quarry.exporter.posthog.KeyParts;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "whoami", description = "Show which PostHog user an OAuth access token belongs to")
public class WhoAmICommand implements Callable<Integer> {

    @Inject
    JsonMapper jsonMapper;

    @Option(names = "--access-token", defaultValue = "${env:POSTHOG_OAUTH_ACCESS_TOKEN}")
    String accessToken;

    @Option(names = "--host", defaultValue = "https://us.posthog.com")
    String host;

    @Option(names = "--debug-http", description = "print the HTTP exchange")
    boolean debugHttp;

    @Override
    public Integer call() throws Exception {
        URI uri = URI.create(host + "/api/users/@me/");
        if (debugHttp) {
            System.err.println("GET " + uri + "\n" + KeyParts.AUTHORIZATION + ": Bearer " + accessToken);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(KeyParts.AUTHORIZATION, "Bearer " + accessToken)
                .GET()
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("Token rejected: HTTP " + response.statusCode() + " (token length " + accessToken.length() + ")");
            return 1;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> me = jsonMapper.readValue(response.body(), Map.class);
        System.out.println("Logged in as " + me.get("email") + " (" + me.get("distinct_id") + ")");
        return 0;
    }
}
