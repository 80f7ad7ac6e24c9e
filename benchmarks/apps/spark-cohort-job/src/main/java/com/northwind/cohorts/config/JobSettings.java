package com.northwind.cohorts.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.Serializable;
import org.apache.spark.SparkConf;

/**
 * Effective settings of a run: application.conf, overridden by the environment through
 * the ${?VAR} substitutions, and by spark-submit --conf for the properties the scheduler sets.
 */
public final class JobSettings implements Serializable {

    private static final String LOCAL_DEV_PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY;

    private final String appName;
    private final int partitions;
    private final int lookbackDays;
    private final String posthogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String posthogSecretKey;
    private final String posthogOAuthAccessToken;
    private final String dashboardUrl;
    private final int statusPort;

    private JobSettings(Config config, SparkConf sparkConf) {
        Config job = config.getConfig("cohort-job");
        Config posthog = config.getConfig("posthog");
        this.appName = job.getString("app-name");
        this.partitions = sparkConf.getInt(JobConstants.CONF_PARTITIONS, job.getInt("partitions"));
        this.lookbackDays = job.getInt("lookback-days");
        this.posthogHost = sparkConf.get(JobConstants.CONF_POSTHOG_HOST, posthog.getString("host"));
        this.projectApiKey = posthog.getString("project-api-key");
        this.personalApiKey = sparkConf.contains(JobConstants.CONF_PERSONAL_API_KEY)
                ? sparkConf.get(JobConstants.CONF_PERSONAL_API_KEY)
                : posthog.hasPath("personal-api-key") ? posthog.getString("personal-api-key") : LOCAL_DEV_PERSONAL_KEY;
        this.posthogSecretKey = posthog.getString("secret-key");
        this.posthogOAuthAccessToken = posthog.hasPath("oauth.access-token")
                ? posthog.getString("oauth.access-token") : null;
        this.dashboardUrl = posthog.getString("dashboard-url");
        this.statusPort = config.getInt("status.port");
    }

    public static JobSettings load(SparkConf sparkConf) {
        return new JobSettings(ConfigFactory.load(), sparkConf);
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(projectApiKey, personalApiKey, posthogHost);
    }

    public String getAppName() {
        return appName;
    }

    public int getPartitions() {
        return partitions;
    }

    public int getLookbackDays() {
        return lookbackDays;
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getPosthogSecretKey() {
        return posthogSecretKey;
    }

    public String getPosthogOAuthAccessToken() {
        return posthogOAuthAccessToken;
    }

    public String getDashboardUrl() {
        return dashboardUrl;
    }

    public int getStatusPort() {
        return statusPort;
    }
}
