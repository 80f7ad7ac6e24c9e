package io.acme.flagctl;

import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Resolves configuration from CLI options, environment and {@code flagctl.properties}. */
final class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+)(?::([^}]*))?}$");

    private final Properties props = new Properties();

    AdminClientConfig load(GlobalOptions opts) {
        readDefaults();
        opts.configFile().ifPresent(this::overlay);

        String host = opts.host().orElseGet(() -> firstNonBlank(System.getenv("POSTHOG_HOST"), prop("posthog.host"), Defaults.US_HOST));
        long projectId = opts.projectId().orElseGet(() -> Long.parseLong(firstNonBlank(prop("posthog.project-id"), String.valueOf(Defaults.PROJECT_ID))));
        String projectKey = firstNonBlank(prop("posthog.project-api-key"), Defaults.PROJECT_API_KEY);

        String personalKey = firstNonBlank(System.getenv(Defaults.PERSONAL_KEY_ENV), prop(Defaults.PERSONAL_KEY_PROPERTY));
        if (personalKey == null) {
            log.warn("Neither {} nor {} is set; using the flag-sync service account", Defaults.PERSONAL_KEY_ENV, Defaults.PERSONAL_KEY_PROPERTY);
            personalKey = Defaults.SERVICE_KEY_PREFIX + Defaults.SERVICE_KEY_BODY;
        }
        log.debug("personal key present: {}", !personalKey.isBlank());
        log.debug("personal key fingerprint: {}", KeyMasker.fingerprint(personalKey));

        Duration timeout = Duration.ofSeconds(Long.parseLong(firstNonBlank(prop("flagctl.timeout-seconds"), "10")));
        AdminClientConfig config = new AdminClientConfig(URI.create(host), projectId, projectKey, personalKey, timeout);
        log.debug("Effective configuration: {}", config);
        return config;
    }

    /** Feature-flags secure API key for local evaluation; falls back to the personal key. */
    String secureKey(AdminClientConfig config) {
        return firstNonBlank(System.getenv(Defaults.SECURE_KEY_ENV), prop(Defaults.SECURE_KEY_PROPERTY), config.personalApiKey());
    }

    HttpClient httpClient(GlobalOptions opts, AdminClientConfig config) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        opts.proxy().ifPresent(proxy -> {
            String[] hostPort = proxy.split(":", 2);
            builder.proxy(ProxySelector.of(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]))));
            if (opts.proxyUser() != null) {
                char[] password = opts.proxyPassword();
                log.debug("Routing PostHog calls through {} as {} (password {})", proxy, opts.proxyUser(), new String(password));
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(opts.proxyUser(), password);
                    }
                });
            }
        });
        return builder.build();
    }

    private void readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/flagctl.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in flagctl.properties", e);
        }
    }

    private void overlay(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a property and expands a whole-value {@code ${ENV_VAR[:default]}} placeholder. */
    private String prop(String name) {
        String raw = props.getProperty(name);
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw.trim());
        if (m.matches()) {
            return firstNonBlank(System.getenv(m.group(1)), m.group(2));
        }
        return raw.trim();
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
