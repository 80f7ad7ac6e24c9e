package io.lumenstack.ingest.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Optional;

public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static AppConfig load() {
        String env = Optional.ofNullable(System.getenv("INGEST_ENV")).orElse("prod");
        Config base = ConfigFactory.load();
        Config config = "local".equals(env)
                ? ConfigFactory.parseResources("local.conf").withFallback(base).resolve()
                : base;

        String dbPassword = Optional.ofNullable(System.getenv("INGEST_DB_PASSWORD"))
                .orElse(config.getString("db.password"));

        AppConfig cfg = new AppConfig(
                env,
                config.getInt("http.port"),
                config.getString("db.url"),
                config.getString("db.user"),
                dbPassword,
                config.getString("posthog.ingest-host"),
                config.getString("posthog.api-host"),
                config.getLong("posthog.project-id"),
                config.getString("posthog.project-api-key"),
                config.hasPath("posthog.personal-api-key") ? config.getString("posthog.personal-api-key") : null,
                System.getenv("INGEST_ADMIN_TOKEN"));

        System.out.printf("[ingest] env=%s db=%s user=%s password=%s%n",
                env, cfg.dbUrl(), cfg.dbUser(), dbPassword);
        return cfg;
    }
}
