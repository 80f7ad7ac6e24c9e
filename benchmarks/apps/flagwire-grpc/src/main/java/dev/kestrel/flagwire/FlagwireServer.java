package dev.kestrel.flagwire;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.kestrel.flagwire.config.FlagwireSettings;
import dev.kestrel.flagwire.grpc.AuthServerInterceptor;
import dev.kestrel.flagwire.grpc.FlagServiceImpl;
import dev.kestrel.flagwire.posthog.PostHogAdminClient;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptors;
import java.nio.file.Path;
import java.util.logging.Logger;

public final class FlagwireServer {

  private static final Logger LOG = Logger.getLogger(FlagwireServer.class.getName());

  private FlagwireServer() {
  }

  public static void main(String[] args) throws Exception {
    Path configFile = Path.of(args.length > 0 ? args[0] : "conf/flagwire.properties");
    FlagwireSettings settings = FlagwireSettings.load(configFile);

    PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
        .host(settings.ingestHost())
        .build();
    config.setPersonalApiKey(settings.personalApiKey());
    config.setLocalEvaluation(true);
    config.setDebug(true); // TODO: drop once the new poll interval has settled
    PostHogInterface posthog = PostHog.with(config);

    PostHogAdminClient admin = PostHogAdminClient.builder()
        .apiHost(settings.apiHost())
        .projectId(settings.projectId())
        .personalApiKey(settings.personalApiKey())
        .build();
    LOG.info("PostHog admin client ready: " + admin);

    Server server = ServerBuilder.forPort(settings.port())
        .addService(ServerInterceptors.intercept(new FlagServiceImpl(posthog, admin),
            new AuthServerInterceptor(settings.acceptedTokenHashes())))
        .build()
        .start();
    LOG.info("flagwire listening on port " + settings.port());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdown();
      posthog.close();
    }));
    server.awaitTermination();
  }
}
