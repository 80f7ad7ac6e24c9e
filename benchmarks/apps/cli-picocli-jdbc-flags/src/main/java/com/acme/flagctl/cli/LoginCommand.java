package com.acme.flagctl.cli;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.config.Credentials;
import com.acme.flagctl.config.Defaults;
import com.acme.flagctl.util.KeyMasker;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

@Command(name = "login", description = "Store PostHog credentials in ~/.flagctl/config.properties.")
public class LoginCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(LoginCommand.class.getName());

    @ParentCommand
    FlagCtl parent;

    @Option(names = "--host", defaultValue = Defaults.APP_HOST, description = "PostHog app host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--project-id", required = true, description = "Numeric project id, see Project settings.")
    String projectId;

    @Option(names = "--personal-api-key", interactive = true, arity = "0..1",
            description = "Personal API key with feature_flag:read scope, e.g. phx_xxx. Prompted when no value is given.")
    String personalApiKey;

    @Option(names = "--staging", description = "Log in to the staging instance with the shared OAuth app.")
    boolean staging;

    @Override
    public Integer call() throws Exception {
        parent.applyVerbosity();
        CliConfig config = parent.config();

        String key = staging ? exchangeRefreshToken(config) : personalApiKey;
        if (key == null || key.isBlank()) {
            System.err.println("flagctl: no key given");
            return 1;
        }

        Credentials credentials = new Credentials(host, projectId, key.trim());
        config.set(Defaults.HOST_PROPERTY, credentials.host());
        config.set(Defaults.PROJECT_ID_PROPERTY, credentials.projectId());
        config.set(Defaults.PERSONAL_KEY_PROPERTY, credentials.personalApiKey());
        config.save();

        LOG.info("Saved credentials: " + credentials);
        System.out.println("Logged in to " + host + " with key " + KeyMasker.mask(credentials.personalApiKey())
                + ", saved to " + config.file());
        return 0;
    }

    private String exchangeRefreshToken(CliConfig config) throws Exception {
        String refreshToken = config.refreshToken().orElse(Defaults.STAGING_REFRESH_TOKEN);
        String form = "grant_type=refresh_token&client_id=flagctl&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/oauth/token/"))
                .timeout(Defaults.HTTP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("Token refresh failed (HTTP " + response.statusCode() + ") for refresh_token=" + refreshToken);
            return null;
        }
        JsonNode token = parent.mapper().readTree(response.body());
        if (token.hasNonNull("refresh_token")) {
            config.set("posthog.oauth.refresh-token", token.get("refresh_token").asText());
        }
        return token.get("access_token").asText();
    }
}
