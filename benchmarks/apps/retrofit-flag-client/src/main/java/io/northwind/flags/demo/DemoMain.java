package io.northwind.flags.demo;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.northwind.flags.config.ConfigLoader;
import io.northwind.flags.config.FlagClientConfig;
import io.northwind.flags.di.DaggerFlagClientComponent;
import io.northwind.flags.di.FlagClientComponent;
import io.northwind.flags.service.FlagService;
import io.northwind.flags.service.FlagService.FlagEvaluationException;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/** {@code java -jar flag-client.jar [--open-dashboard] [--override flag=expr]} */
public final class DemoMain {

    private static final Logger LOG = Logger.getLogger(DemoMain.class.getName());

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        FlagClientConfig config = new ConfigLoader().load();
        LOG.info("Starting flag client demo: " + config);

        FlagClientComponent component = DaggerFlagClientComponent.builder()
                .config(config)
                .build();
        component.tokenStore().seedRefreshToken(config.oauthRefreshToken());
        FlagService flags = component.flagService();
        applyOverrides(flags, Arrays.asList(args));
        try {
            flags.refresh();
        } catch (FlagEvaluationException e) {
            LOG.severe("Initial flag load failed with HTTP " + e.status() + "; serving overrides only");
        }

        boolean enabled = flags.isEnabled("new-checkout", "demo-user", Map.of("plan", "pro"));
        LOG.info("new-checkout for demo-user: " + enabled);

        if (Arrays.asList(args).contains("--open-dashboard")) {
            openDashboard(config);
        }

        FlagPreviewServer preview = new FlagPreviewServer(config, flags, new ObjectMapper());
        preview.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.stop();
            component.posthog().close();
        }));
        new CountDownLatch(1).await();
    }

    private static void applyOverrides(FlagService flags, List<String> args) {
        for (int i = 0; i < args.size() - 1; i++) {
            if ("--override".equals(args.get(i))) {
                String[] parts = args.get(i + 1).split("=", 2);
                flags.addOverride(parts[0], parts[1]);
            }
        }
    }

    /** Opens the project's flag list in the browser, already authenticated for the API view. */
    private static void openDashboard(FlagClientConfig config) throws IOException {
        if (!Desktop.isDesktopSupported()) {
            LOG.warning("No desktop browser available");
            return;
        }
        URI dashboard = URI.create(config.apiBaseUrl()
                + "api/projects/@current/feature_flags/?personal_api_key=" + config.personalApiKey());
        Desktop.getDesktop().browse(dashboard);
    }
}
