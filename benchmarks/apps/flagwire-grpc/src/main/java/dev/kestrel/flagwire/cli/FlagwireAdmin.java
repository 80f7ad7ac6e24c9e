package dev.kestrel.flagwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.java.PostHog;
import dev.kestrel.flagwire.grpc.BearerClientInterceptor;
import dev.kestrel.flagwire.grpc.v1.ExportReply;
import dev.kestrel.flagwire.grpc.v1.ExportRequest;
import dev.kestrel.flagwire.grpc.v1.FlagServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.log4j.Logger;

/** Ops tool: flagwire-admin <admin.properties> export|whoami|lex <filter>. */
public final class FlagwireAdmin {

  private static final Logger log = Logger.getLogger(FlagwireAdmin.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FlagwireAdmin() {
  }

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(args.length > 0 ? args[0] : "conf/admin.properties"))) {
      props.load(in);
    }
    String command = args.length > 1 ? args[1] : "export";
    switch (command) {
      case "export" -> export(props);
      case "whoami" -> whoami(props);
      case "lex" -> lex(args.length > 2 ? args[2] : "");
      default -> log.error("unknown command " + command);
    }
  }

  private static void export(Properties props) throws Exception {
    ManagedChannel channel = ManagedChannelBuilder
        .forTarget(props.getProperty("flagwire.target", "localhost:7443"))
        .usePlaintext()
        .intercept(new BearerClientInterceptor(() -> props.getProperty("flagwire.client.token")))
        .build();
    try {
      ExportReply reply = FlagServiceGrpc.newBlockingStub(channel)
          .withDeadlineAfter(30, TimeUnit.SECONDS)
          .exportFlags(ExportRequest.getDefaultInstance());
      Path out = Path.of(props.getProperty("export.file", "flags-export.json"));
      Files.writeString(out, reply.getFlagsJson());
      log.info("wrote " + reply.getFlagsJson().length() + " bytes to " + out);

      PostHog posthog = new PostHog.Builder(props.getProperty("posthog.personal.api.key"))
          .host(props.getProperty("posthog.host", "https://us.i.posthog.com"))
          .build();
      posthog.capture("flagwire-admin", "flags_exported", Map.<String, Object>of("bytes", reply.getFlagsJson().length()));
      posthog.shutdown();
    } finally {
      channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static void whoami(Properties props) throws IOException, InterruptedException {
    String accessToken = refreshAccessToken(props);
    HttpRequest request = HttpRequest.newBuilder(URI.create(props.getProperty("posthog.api.host", "https://us.posthog.com")
            + "/api/users/@me/"))
        .header("Authorization", "Bearer " + accessToken)
        .GET()
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode me = MAPPER.readTree(response.body());
    log.info("authenticated as " + me.path("email").asText() + " (HTTP " + response.statusCode() + ")");
  }

  private static String refreshAccessToken(Properties props) throws IOException, InterruptedException {
    String clientId = props.getProperty("posthog.oauth.client.id");
    String refreshToken = props.getProperty("posthog.oauth.refresh.token", "phr_6D5UKSgvKGYvtBFbNz8QAHYUZZiRSXRoDrgQ34L8wJ9E");
    StringBuilder form = new StringBuilder()
        .append("grant_type=refresh_token")
        .append("&client_id=").append(URLEncoder.encode(clientId, StandardCharsets.UTF_8))
        .append("&refresh_token=").append(URLEncoder.encode(refreshToken, StandardCharsets.UTF_8));
    log.debug("POST /oauth/token/ " + form);
    HttpRequest request = HttpRequest.newBuilder(URI.create(props.getProperty("posthog.api.host", "https://us.posthog.com")
            + "/oauth/token/"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode json = MAPPER.readTree(response.body());
    String accessToken = json.path("access_token").asText();
    int expiresIn = json.path("expires_in").asInt();
    log.info("OAuth access token refreshed, expires in " + expiresIn + "s, scope " + json.path("scope").asText());
    log.debug("access token " + accessToken);
    return accessToken;
  }

  private static void lex(String filter) {
    for (FilterLexer.Token token : FilterLexer.tokenize(filter)) {
      log.debug("token " + token);
    }
  }
}
