package io.tidewater.flagcli.http;

import io.tidewater.flagcli.config.CliSettings;
import io.tidewater.flagcli.config.Defaults;
import io.tidewater.flagcli.util.Secrets;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());

    private static final Pattern FLAG_OBJECT = Pattern.compile(
            "\\{\"id\":(\\d+),[^{}]*?\"key\":\"([^\"]+)\"[^{}]*?\"active\":(true|false)");
    private static final String USER_AGENT = "flagcli/" + Objects.requireNonNullElse(
            PostHogApiClient.class.getPackage().getImplementationVersion(), "dev");
    private static final Pattern ROLLOUT = Pattern.compile("\"rollout_percentage\":(\\d+)");

    public record FeatureFlag(long id, String key, boolean active, int rolloutPercentage) {
    }

    private final CliSettings settings;
    private final HttpClient http;

    public PostHogApiClient(CliSettings settings) {
        this.settings = settings;
        this.http = buildHttpClient(settings);
    }

    static HttpClient buildHttpClient(CliSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Defaults.CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (settings.hasProxy()) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(settings.proxyHost(), settings.proxyPort())));
            if (settings.proxyUser() != null && settings.proxyPassword() != null) {
                String user = settings.proxyUser();
                char[] password = settings.proxyPassword().toCharArray();
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                });
                LOG.config("Routing PostHog traffic through proxy " + settings.proxyHost() + ":"
                        + settings.proxyPort() + " as " + user + ":" + settings.proxyPassword());
            }
        }
        return builder.build();
    }

    public List<FeatureFlag> listFeatureFlags() throws IOException, InterruptedException {
        ApiCredentials credentials = ApiCredentials.personal(settings.personalApiKey());
        URI uri = URI.create(settings.appHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?limit=200&deleted=false");
        LOG.fine("Listing feature flags of project " + settings.projectId() + " with " + credentials);
        HttpRequest request = newRequest(uri, credentials).GET().build();
        return parseFlags(send(request));
    }

    public String fetchLocalEvaluationDefinitions() throws IOException, InterruptedException {
        String key = settings.localEvaluationKey()
                .orElseThrow(() -> new IllegalStateException("local evaluation needs "
                        + Defaults.ENV_SECURE_KEY + " or " + Defaults.ENV_PERSONAL_KEY));
        ApiCredentials credentials = ApiCredentials.forLocalEvaluation(key);
        URI uri = URI.create(settings.host() + "/api/feature_flag/local_evaluation/?token="
                + URLEncoder.encode(settings.projectApiKey(), StandardCharsets.UTF_8) + "&send_cohorts");
        HttpRequest request = newRequest(uri, credentials).GET().build();
        LOG.fine(() -> "GET " + uri + " headers=" + Secrets.redactHeaders(request.headers()));
        return send(request);
    }

    private HttpRequest.Builder newRequest(URI uri, ApiCredentials credentials) {
        return HttpRequest.newBuilder(uri)
                .timeout(Defaults.REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("Authorization", credentials.authorizationHeader());
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        LOG.finest(() -> "> " + request.method() + " " + request.uri() + " " + request.headers().map());
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        LOG.fine(() -> "< " + response.statusCode() + " " + request.uri().getPath());
        if (response.statusCode() >= 400) {
            throw new PostHogApiException(request.method() + " " + request.uri() + " failed with HTTP "
                    + response.statusCode() + " (sent "
                    + request.headers().firstValue("Authorization").orElse("no Authorization header") + ")",
                    response.statusCode(), response.body());
        }
        return response.body();
    }

    static List<FeatureFlag> parseFlags(String json) {
        List<FeatureFlag> flags = new ArrayList<>();
        Matcher m = FLAG_OBJECT.matcher(json);
        while (m.find()) {
            Matcher rollout = ROLLOUT.matcher(json.substring(m.start(), Math.min(json.length(), m.end() + 400)));
            int percentage = rollout.find() ? Integer.parseInt(rollout.group(1)) : 100;
            flags.add(new FeatureFlag(Long.parseLong(m.group(1)), m.group(2), Boolean.parseBoolean(m.group(3)), percentage));
        }
        return flags;
    }
}
