package io.lumenfield.flagsvc.config;

import org.aeonbits.owner.Config;
import org.aeonbits.owner.Config.LoadPolicy;
import org.aeonbits.owner.Config.LoadType;
import org.aeonbits.owner.Config.Sources;

@LoadPolicy(LoadType.MERGE)
@Sources({
        "system:properties",
        "file:${user.dir}/flag-service.properties",
        "classpath:flag-service.properties"
})
public interface FlagServiceConfig extends Config {

    @Key("http.port")
    @DefaultValue("8087")
    int httpPort();

    @Key("posthog.host")
    @DefaultValue("https://us.i.posthog.com")
    String posthogHost();

    @Key("posthog.project-id")
    String projectId();

    @Key("posthog.project-api-key")
    String projectApiKey();

    @Key("posthog.personal-api-key")
    String personalApiKey();

    @Key("posthog.feature-flags-secure-key")
    @DefaultValue("phs_eGuG0yfWbSGIq1wkNgvAFQnPmKAx0F04voIAHRsBTtydJN6")
    String featureFlagsSecureKey();

    @Key("posthog.audit.project-api-key")
    String auditProjectApiKey();

    @Key("posthog.poll-interval-seconds")
    @DefaultValue("30")
    int pollIntervalSeconds();

    @Key("posthog.sdk.debug")
    @DefaultValue("true")
    boolean sdkDebug();

    @Key("admin.token")
    String adminToken();

    @Key("flags.default-distinct-id")
    @DefaultValue("anonymous")
    String defaultDistinctId();
}
