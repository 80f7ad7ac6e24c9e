package com.acme.flagconsole.services;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.SymbolConstants;
import org.apache.tapestry5.hibernate.HibernateSymbols;
import org.apache.tapestry5.hibernate.HibernateTransactionAdvisor;
import org.apache.tapestry5.ioc.MappedConfiguration;
import org.apache.tapestry5.ioc.MethodAdviceReceiver;
import org.apache.tapestry5.ioc.OrderedConfiguration;
import org.apache.tapestry5.ioc.ServiceBinder;
import org.apache.tapestry5.ioc.annotations.Contribute;
import org.apache.tapestry5.ioc.annotations.Local;
import org.apache.tapestry5.ioc.annotations.Match;
import org.apache.tapestry5.ioc.annotations.Startup;
import org.apache.tapestry5.ioc.services.ApplicationDefaults;
import org.apache.tapestry5.ioc.services.RegistryShutdownHub;
import org.apache.tapestry5.ioc.services.SymbolProvider;
import org.apache.tapestry5.services.HttpServletRequestFilter;
import org.apache.tapestry5.services.HttpServletRequestHandler;

import com.posthog.server.PostHogInterface;

/**
 * Tapestry IoC module for the flag console.
 */
public class AppModule
{
    private static final Logger LOG = LogManager.getLogger(AppModule.class);

    private static final Set<String> REDACTED_HEADERS = new HashSet<>(
            Arrays.asList("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"));

    public static void bind(ServiceBinder binder)
    {
        binder.bind(PostHogSettings.class);
        binder.bind(PostHogClientFactory.class);
        binder.bind(FlagSyncService.class, FlagSyncServiceImpl.class);
    }

    public static PostHogInterface buildPostHogInterface(PostHogClientFactory factory, RegistryShutdownHub shutdownHub)
    {
        final PostHogInterface posthog = factory.createTrackingClient();

        shutdownHub.addRegistryShutdownListener(new Runnable()
        {
            @Override
            public void run()
            {
                posthog.flush();
                posthog.close();
            }
        });

        return posthog;
    }

    @Startup
    public static void startFlagWorker(PostHogClientFactory factory, RegistryShutdownHub shutdownHub)
    {
        final PostHogInterface worker = factory.createWorkerClient();
        worker.reloadFeatureFlags();

        shutdownHub.addRegistryShutdownListener(new Runnable()
        {
            @Override
            public void run()
            {
                worker.close();
            }
        });
    }

    public static void contributeSymbolSource(OrderedConfiguration<SymbolProvider> configuration)
    {
        configuration.add("AppProperties", new AppPropertiesSymbolProvider("app.properties"),
                "after:SystemProperties", "before:ApplicationDefaults");
    }

    @Contribute(SymbolProvider.class)
    @ApplicationDefaults
    public static void provideApplicationDefaults(MappedConfiguration<String, Object> configuration)
    {
        configuration.add(SymbolConstants.SUPPORTED_LOCALES, "en");
        configuration.add(SymbolConstants.PRODUCTION_MODE, true);
        configuration.add(SymbolConstants.JAVASCRIPT_INFRASTRUCTURE_PROVIDER, "jquery");
        configuration.add(HibernateSymbols.DEFAULT_CONFIGURATION, true);
        configuration.add(HibernateSymbols.EARLY_START_UP, false);

        configuration.add(PostHogSymbols.HOST, "https://us.i.posthog.com");
        configuration.add(PostHogSymbols.PROJECT_ID, 0L);
        configuration.add(PostHogSymbols.PERSONAL_API_KEY, "phx_UidIDjp3Kp1mC72ZB6dkWYFIeiFLwU8dIZGaXzHnpPCIVI6");
        configuration.add(PostHogSymbols.FLAGS_SECURE_API_KEY, "");
        configuration.add(PostHogSymbols.ADMIN_PERSONAL_API_KEY, PostHogSymbols.ADMIN_KEY_PREFIX + PostHogSymbols.ADMIN_KEY_BODY);
        configuration.add(PostHogSymbols.DEBUG, false);
        configuration.add(PostHogSymbols.POLL_INTERVAL_SECONDS, 30);
    }

    @Match("*FlagSyncService")
    public static void adviseTransactions(HibernateTransactionAdvisor advisor, MethodAdviceReceiver receiver)
    {
        advisor.addTransactionCommitAdvice(receiver);
    }

    public HttpServletRequestFilter buildRequestAuditFilter()
    {
        return new HttpServletRequestFilter()
        {
            @Override
            public boolean service(HttpServletRequest request, HttpServletResponse response,
                    HttpServletRequestHandler handler) throws IOException
            {
                if (LOG.isDebugEnabled())
                {
                    StringBuilder headers = new StringBuilder();
                    for (String name : Collections.list(request.getHeaderNames()))
                    {
                        String value = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[redacted]" : request.getHeader(name);
                        headers.append(name).append('=').append(value).append("; ");
                    }
                    LOG.debug("{} {} headers: {}", request.getMethod(), request.getRequestURI(), headers);
                }

                String authorization = request.getHeader(PostHogSymbols.AUTHORIZATION_HEADER);
                if (authorization != null && request.getRequestURI().startsWith("/api/"))
                {
                    LOG.info("API call {} {} authorized with {}", request.getMethod(), request.getRequestURI(), authorization);
                }

                return handler.service(request, response);
            }
        };
    }

    public void contributeHttpServletRequestHandler(OrderedConfiguration<HttpServletRequestFilter> configuration,
            @Local HttpServletRequestFilter requestAuditFilter)
    {
        configuration.add("RequestAudit", requestAuditFilter);
    }
}
