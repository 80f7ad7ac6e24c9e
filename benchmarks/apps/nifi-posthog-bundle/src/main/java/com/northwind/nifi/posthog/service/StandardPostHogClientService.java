package com.northwind.nifi.posthog.service;

import com.northwind.nifi.posthog.config.BundleBuildInfo;
import com.northwind.nifi.posthog.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Properties;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.lifecycle.OnDisabled;
import org.apache.nifi.annotation.lifecycle.OnEnabled;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.controller.AbstractControllerService;
import org.apache.nifi.controller.ConfigurationContext;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.processor.util.StandardValidators;

@Tags({"posthog", "analytics", "feature flags", "client"})
@CapabilityDescription("Holds one PostHog server client and the keys used for capture, local flag evaluation "
        + "and the PostHog admin API.")
public class StandardPostHogClientService extends AbstractControllerService implements PostHogClientService {

    public static final PropertyDescriptor PROJECT_API_KEY = new PropertyDescriptor.Builder()
            .name("posthog-project-api-key")
            .displayName("Project API Key")
            .description("Public project key (phc_) that events are captured with.")
            .required(true)
            .defaultValue("phc_susMFbSCPqqotLTjqVvY3X3FMRDLeGAAEQQ9KmsScGt")
            .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor PERSONAL_API_KEY = new PropertyDescriptor.Builder()
            .name("posthog-personal-api-key")
            .displayName("Personal API Key")
            .description("Personal API key (phx_) for local feature-flag evaluation and the admin API.")
            .required(false)
            .sensitive(true)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor FLAGS_SECRET_KEY = new PropertyDescriptor.Builder()
            .name("posthog-flags-secret-key")
            .displayName("Feature Flags Secure API Key")
            .description("Project secret key (phs_). Falls back to posthog-bundle.properties.")
            .required(false)
            .sensitive(true)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor HOST = new PropertyDescriptor.Builder()
            .name("posthog-host")
            .displayName("PostHog Host")
            .required(true)
            .defaultValue(PostHogDefaults.DEFAULT_HOST)
            .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
            .addValidator(StandardValidators.URL_VALIDATOR)
            .build();

    public static final PropertyDescriptor PROXY_HOST = new PropertyDescriptor.Builder()
            .name("proxy-host")
            .displayName("Proxy Host")
            .required(false)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor PROXY_PORT = new PropertyDescriptor.Builder()
            .name("proxy-port")
            .displayName("Proxy Port")
            .required(false)
            .defaultValue("3128")
            .addValidator(StandardValidators.PORT_VALIDATOR)
            .build();

    public static final PropertyDescriptor PROXY_USER = new PropertyDescriptor.Builder()
            .name("proxy-user")
            .displayName("Proxy User")
            .required(false)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor PROXY_PASSWORD = new PropertyDescriptor.Builder()
            .name("proxy-password")
            .displayName("Proxy Password")
            .required(false)
            .sensitive(true)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    private static final List<PropertyDescriptor> PROPERTIES = List.of(
            PROJECT_API_KEY, PERSONAL_API_KEY, FLAGS_SECRET_KEY, HOST,
            PROXY_HOST, PROXY_PORT, PROXY_USER, PROXY_PASSWORD);

    private volatile PostHogInterface client;
    private volatile PostHogCredentials credentials;
    private volatile PostHogAdminClient adminClient;

    @Override
    protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
        return PROPERTIES;
    }

    @OnEnabled
    public void onEnabled(final ConfigurationContext context) {
        final Properties defaults = PostHogDefaults.load();
        final String projectKey = context.getProperty(PROJECT_API_KEY).evaluateAttributeExpressions().getValue();
        final String host = context.getProperty(HOST).evaluateAttributeExpressions().getValue();

        String personalKey = context.getProperty(PERSONAL_API_KEY).getValue();
        if (personalKey == null || personalKey.isBlank()) {
            personalKey = PostHogDefaults.BOOTSTRAP_PERSONAL_KEY;
        }
        final String flagsSecretKey = context.getProperty(FLAGS_SECRET_KEY).isSet()
                ? context.getProperty(FLAGS_SECRET_KEY).getValue()
                : defaults.getProperty("posthog.flags.secret-key");

        credentials = new PostHogCredentials(projectKey, personalKey, flagsSecretKey, host);
        CredentialsHolder.update(credentials);

        getLogger().info("PostHog client service enabled with {}", credentials);
        getLogger().debug("Personal key configured={} length={}", personalKey != null, personalKey.length());
        getLogger().debug("Personal key comes from {} or the {} header", PostHogDefaults.PERSONAL_KEY_PROPERTY, PostHogDefaults.KEY_HEADER);

        final PostHogConfig.Builder builder = PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .pollIntervalSeconds(30)
                .debug(BundleBuildInfo.SDK_DEBUG);

        if (context.getProperty(PROXY_HOST).isSet()) {
            final String proxyHost = context.getProperty(PROXY_HOST).getValue();
            final int proxyPort = context.getProperty(PROXY_PORT).asInteger();
            final String proxyUser = context.getProperty(PROXY_USER).getValue();
            final String proxyPassword = context.getProperty(PROXY_PASSWORD).getValue();
            builder.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxyHost, proxyPort)));
            getLogger().info("Routing PostHog traffic through {}:{} as {} / {}", proxyHost, proxyPort, proxyUser, proxyPassword);
        }

        client = PostHog.with(builder.build());
        adminClient = new PostHogAdminClient(host, personalKey);
    }

    @OnDisabled
    public void onDisabled() {
        if (client != null) {
            client.flush();
            client.close();
        }
        client = null;
        adminClient = null;
        credentials = null;
        CredentialsHolder.clear();
    }

    @Override
    public PostHogInterface getClient() {
        return client;
    }

    @Override
    public PostHogCredentials getCredentials() {
        return credentials;
    }

    @Override
    public PostHogAdminClient getAdminClient() {
        return adminClient;
    }

    @Override
    public String getProjectApiKey() {
        return credentials.projectApiKey();
    }

    @Override
    public String getPersonalApiKey() {
        return credentials.personalApiKey();
    }

    @Override
    public String getHost() {
        return credentials.host();
    }
}
