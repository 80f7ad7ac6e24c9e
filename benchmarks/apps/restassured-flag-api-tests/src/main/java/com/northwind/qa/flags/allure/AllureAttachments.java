package com.northwind.qa.flags.allure;

import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.util.Secrets;
import io.qameta.allure.Allure;

/**
 * Attachments added to every Allure report so that results can be traced back to an environment.
 */
public final class AllureAttachments {

    private AllureAttachments() {
    }

    public static void attachEnvironment(EnvironmentConfig env) {
        String body = "environment: " + env.name() + "\n"
                + "flag service: " + env.flagServiceBaseUri() + "\n"
                + "posthog host: " + env.postHogHost() + "\n"
                + "project key: " + env.projectApiKey() + "\n"
                + "personal key: " + Secrets.mask(env.personalApiKey()) + "\n";
        Allure.addAttachment("Test environment", "text/plain", body, ".txt");
    }

    public static void attachFlagPayload(String flagKey, String json) {
        Allure.addAttachment("Flag " + flagKey, "application/json", json, ".json");
    }
}
