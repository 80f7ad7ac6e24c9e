package com.northwind.enricher.config;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.streams.StreamsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class EnricherConfig {

    public enum KeySource { ENVIRONMENT, PROPERTIES, BUILT_IN }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private final String bootstrapServers;
    private final String applicationId;
    private final String saslUsername;
    private final String saslPassword;
    private final String inputTopic;
    private final String outputTopic;
    private final String postHogHost;
    private final String postHogApiHost;
    private final String postHogProjectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final KeySource personalApiKeySource;
    private final String flagsSecureKey;
    private final String localEvalKey;
    private final boolean postHogDebug;
    private final int opsPort;

    private EnricherConfig(Properties props) {
        this.bootstrapServers = resolve(props.getProperty("kafka.bootstrap.servers", "localhost:9092"));
        this.applicationId = props.getProperty("kafka.application.id", "pageview-enricher");
        this.saslUsername = resolve(props.getProperty("kafka.sasl.username"));
        this.saslPassword = resolve(props.getProperty("kafka.sasl.password"));
        this.inputTopic = props.getProperty("topics.input", "web.pageviews.raw");
        this.outputTopic = props.getProperty("topics.output", "web.pageviews.enriched");
        this.postHogHost = props.getProperty("posthog.host", PostHogDefaults.DEFAULT_HOST);
        this.postHogApiHost = props.getProperty("posthog.api.host", PostHogDefaults.DEFAULT_API_HOST);
        this.postHogProjectId = props.getProperty("posthog.project.id");
        this.projectApiKey = resolve(props.getProperty(PostHogDefaults.PROJECT_KEY_PROPERTY));
        this.localEvalKey = resolve(props.getProperty("posthog.local-eval.key"));
        this.postHogDebug = Boolean.parseBoolean(props.getProperty("posthog.debug", "false"));
        this.opsPort = Integer.parseInt(props.getProperty("ops.port", "8085"));

        String fromEnv = System.getenv(PostHogDefaults.PERSONAL_KEY_ENV);
        String fromProps = resolve(props.getProperty(PostHogDefaults.PERSONAL_KEY_PROPERTY));
        if (notBlank(fromEnv)) {
            this.personalApiKey = fromEnv;
            this.personalApiKeySource = KeySource.ENVIRONMENT;
        } else if (notBlank(fromProps)) {
            this.personalApiKey = fromProps;
            this.personalApiKeySource = KeySource.PROPERTIES;
        } else {
            this.personalApiKey = PostHogDefaults.LOCAL_EVAL_FALLBACK_KEY;
            this.personalApiKeySource = KeySource.BUILT_IN;
        }

        String secureFromEnv = System.getenv(PostHogDefaults.SECURE_KEY_ENV);
        this.flagsSecureKey = notBlank(secureFromEnv)
                ? secureFromEnv
                : resolve(props.getProperty(PostHogDefaults.SECURE_KEY_PROPERTY));
    }

    public static EnricherConfig load(String location) {
        Properties props = new Properties();
        Path path = Paths.get(location);
        try (InputStream in = Files.exists(path)
                ? Files.newInputStream(path)
                : EnricherConfig.class.getResourceAsStream("/enricher.properties")) {
            if (in == null) {
                throw new IllegalStateException("enricher.properties not found on classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration from " + location, e);
        }
        return new EnricherConfig(props);
    }

    static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            String replacement = env != null ? env : (m.group(2) != null ? m.group(2) : "");
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Properties toStreamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        if (notBlank(saslPassword)) {
            p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            p.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
            p.put(SaslConfigs.SASL_JAAS_CONFIG, String.format(
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";",
                    saslUsername, saslPassword));
        }
        return p;
    }

    public Map<String, Object> asDiagnosticsMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicationId", applicationId);
        m.put("bootstrapServers", bootstrapServers);
        m.put("inputTopic", inputTopic);
        m.put("outputTopic", outputTopic);
        m.put("posthogHost", postHogHost);
        m.put("projectApiKey", projectApiKey);
        m.put("personalApiKey", personalApiKey);
        m.put("personalApiKeySource", personalApiKeySource);
        m.put("localEvaluation", notBlank(flagsSecureKey) || notBlank(personalApiKey));
        m.put("debug", postHogDebug);
        return m;
    }

    public String getBootstrapServers() { return bootstrapServers; }
    public String getApplicationId() { return applicationId; }
    public String getInputTopic() { return inputTopic; }
    public String getOutputTopic() { return outputTopic; }
    public String getPostHogHost() { return postHogHost; }
    public String getPostHogApiHost() { return postHogApiHost; }
    public String getPostHogProjectId() { return postHogProjectId; }
    public String getProjectApiKey() { return projectApiKey; }
    public String getPersonalApiKey() { return personalApiKey; }
    public KeySource getPersonalApiKeySource() { return personalApiKeySource; }
    public String getFlagsSecureKey() { return flagsSecureKey; }
    public String getLocalEvalKey() { return localEvalKey; }
    public boolean isPostHogDebug() { return postHogDebug; }
    public int getOpsPort() { return opsPort; }

    @Override
    public String toString() {
        return "EnricherConfig{applicationId=" + applicationId
                + ", bootstrapServers=" + bootstrapServers
                + ", saslUsername=" + saslUsername
                + ", saslPassword=" + saslPassword
                + ", topics=" + inputTopic + "->" + outputTopic
                + ", postHogHost=" + postHogHost
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + postHogDebug + "}";
    }
}
