package io.lumenstack.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "flags.mail")
public interface MailSettings {

    String from();

    List<String> recipients();

    String smtpUser();

    String smtpPassword();

    @WithDefault("https://eu.posthog.com/project/48213/feature_flags")
    String dashboardUrl();

    @WithDefault("true")
    boolean includeEvaluationKey();
}
