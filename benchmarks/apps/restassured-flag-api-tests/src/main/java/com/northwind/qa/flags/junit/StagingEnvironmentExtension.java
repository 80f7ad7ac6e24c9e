package com.northwind.qa.flags.junit;

import com.northwind.qa.flags.allure.AllureAttachments;
import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.config.EnvironmentConfigLoader;
import com.northwind.qa.flags.posthog.PostHogApiException;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the {@link EnvironmentConfig} for test classes and reports PostHog API failures.
 *
 * <pre>
 * &#64;ExtendWith(StagingEnvironmentExtension.class)
 * class MyApiTest { ... }
 * </pre>
 */
public class StagingEnvironmentExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final Logger log = LoggerFactory.getLogger(StagingEnvironmentExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        EnvironmentConfig env = EnvironmentConfigLoader.current();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        AllureAttachments.attachEnvironment(env);
        if (env.isLocal()) {
            System.out.println("[flags-api] local stub login: " + env.adminUser() + " / " + env.adminPassword());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EnvironmentConfig.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return EnvironmentConfigLoader.current();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (cause instanceof PostHogApiException apiException) {
            log.warn("PostHog API returned HTTP {} in {}", apiException.statusCode(), context.getDisplayName());
            log.error("PostHog API call failed in {}", context.getDisplayName(), apiException);
        }
    }
}
