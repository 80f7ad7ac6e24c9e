package com.acme.flags;

import com.acme.flags.config.GatewaySettings;
import com.acme.flags.config.PostHogSettings;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

@ApplicationScoped
public class StartupBanner {

    void onStart(@Observes StartupEvent event, PostHogSettings posthog, GatewaySettings gateway) {
        System.out.println("flag-gateway ready");
        System.out.println("  posthog host     : " + posthog.host());
        System.out.println("  project key      : " + posthog.projectApiKey());
        System.out.println("  poll interval    : " + posthog.pollIntervalSeconds() + "s");
        System.out.println("  webhook secret   : " + gateway.webhookSigningSecret());
        System.out.println("  public paths     : " + gateway.publicPaths());
    }
}
