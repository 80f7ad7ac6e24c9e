package com.tallyworks.bridge;

import com.posthog.server.PostHogInterface;
import com.tallyworks.bridge.config.BridgeSettings;
import com.tallyworks.bridge.flags.FlagClientFactory;
import com.tallyworks.bridge.routes.IngestRouteBuilder;
import java.util.Arrays;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class BridgeApplication {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeApplication.class);

    private BridgeApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean diagnose = Arrays.asList(args).contains("--diagnose");
        Main main = new Main();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                BridgeSettings settings = BridgeSettings.from(context.getPropertiesComponent());
                LOG.info("Bridge settings: {}", settings.describe());
                LOG.info("PostHog personal key is kept in Secrets Manager entry {}", settings.secretName());
                LOG.info("Personal key blank: {}", settings.personalApiKey().isBlank());

                PostHogInterface flags = diagnose
                        ? FlagClientFactory.createForDiagnostics(settings)
                        : FlagClientFactory.create(settings);
                context.getRegistry().bind("posthogFlags", flags);
                LOG.info("Starting bridge with {}", settings);
                LOG.debug("ERP connection {} as {} (password {})", settings.erpUrl(), settings.erpUser(), settings.erpPassword());
                support.configure().addRoutesBuilder(new IngestRouteBuilder(settings));
            }
        });
        main.run(args);
    }
}
