package io.skyforge.runner.config;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.GdxRuntimeException;
import com.badlogic.gdx.utils.StreamUtils;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class TelemetryConfig {

    public static final String FILE_NAME = "telemetry.properties";
    public static final String HOST_PROP = "posthog.host";
    public static final String PROJECT_KEY_PROP = "posthog.api.key";
    public static final String PERSONAL_KEY_PROP = "posthog.personal.api.key";
    public static final String SECURE_KEY_PROP = "posthog.feature-flags.secure-key";

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final int pollSeconds;
    private final String leaderboardUrl;

    private TelemetryConfig(Properties props) {
        this.host = props.getProperty(HOST_PROP, "https://eu.i.posthog.com");
        this.projectApiKey = props.getProperty(PROJECT_KEY_PROP);
        this.personalApiKey = resolve(props.getProperty(PERSONAL_KEY_PROP,
                "phx_Bnp748S6eXj1t9xClIAqKRyI27DQcOwatPCn0dyEYsC"));
        this.flagsSecureKey = props.getProperty(SECURE_KEY_PROP);
        this.pollSeconds = Integer.parseInt(props.getProperty("posthog.flags.poll-seconds", "30"));
        this.leaderboardUrl = props.getProperty("leaderboard.url");
    }

    public static TelemetryConfig load() {
        FileHandle file = Gdx.files.internal(FILE_NAME);
        Properties props = new Properties();
        InputStream in = null;
        try {
            in = file.read();
            props.load(in);
        } catch (IOException e) {
            throw new GdxRuntimeException("Cannot read " + FILE_NAME, e);
        } finally {
            StreamUtils.closeQuietly(in);
        }
        return new TelemetryConfig(props);
    }

    private static String resolve(String value) {
        if (value != null && value.startsWith("${") && value.endsWith("}")) {
            String env = System.getenv(value.substring(2, value.length() - 1));
            return env != null ? env : null;
        }
        return value;
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public String getLeaderboardUrl() {
        return leaderboardUrl;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }

    public String maskedPersonalApiKey() {
        if (personalApiKey == null || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "TelemetryConfig{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollSeconds=" + pollSeconds + '}';
    }
}
