package app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.grpc.Metadata;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.logging.Logger;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/** What Vert.x, AWS Lambda, the AWS SDK and gRPC hand a handler, logged. */
public class ServerlessAndVertxLogs {
  private static final Logger LOG = Logger.getLogger(ServerlessAndVertxLogs.class.getName());

  void vertx(RoutingContext ctx) {
    var req = ctx.request();
    LOG.info("auth " + req.getHeader("Authorization")); // Noncompliant
    LOG.info("headers " + req.headers()); // Noncompliant
    var sessionCookie = req.getCookie("vertx-web.session");
    LOG.info("session cookie " + sessionCookie.getValue()); // Noncompliant
    LOG.info("session " + ctx.session().id()); // Noncompliant
    LOG.info("agent " + req.getHeader("User-Agent"));
    LOG.info("auth " + req.getHeader(io.vertx.core.http.HttpHeaders.AUTHORIZATION)); // Noncompliant
    LOG.info("cookies " + req.getHeader(io.vertx.core.http.HttpHeaders.COOKIE)); // Noncompliant
    LOG.info("agent " + req.getHeader(io.vertx.core.http.HttpHeaders.USER_AGENT));
    LOG.info("path " + req.path());
  }

  void vertxConfiguration(io.vertx.config.ConfigRetriever retriever) {
    retriever
        .getConfig()
        .onFailure(e -> LOG.warning("no configuration: " + e))
        .onSuccess(json -> LOG.info("configuration " + json.encodePrettily())); // Noncompliant
    retriever.getConfig().onSuccess(json -> LOG.info("configuration loaded"));
    retriever
        .getConfig()
        .map(json -> json.copy())
        .onSuccess(json -> LOG.info("copied " + json.encodePrettily())); // Noncompliant
    retriever.getConfig().map(json -> json.encode().length()).onSuccess(n -> LOG.info("size " + n));
    retriever.getConfig().compose(this::deploy);
  }

  private io.vertx.core.Future<Void> deploy(io.vertx.core.json.JsonObject conf) {
    LOG.fine("deploying with " + conf.encodePrettily()); // Noncompliant
    return null;
  }

  void lambda(APIGatewayProxyRequestEvent event, Context context) {
    var logger = context.getLogger();
    logger.log("event " + event); // Noncompliant
    logger.log("headers " + event.getHeaders()); // Noncompliant
    logger.log("headers " + event.getMultiValueHeaders()); // Noncompliant
    Map<String, String> headers = event.getHeaders();
    logger.log("auth " + headers.get("Authorization")); // Noncompliant
    var identity = event.getRequestContext().getIdentity();
    logger.log("caller key " + identity.getApiKey()); // Noncompliant
    logger.log("caller " + identity.getSourceIp() + " key id " + identity.getApiKeyId());
    logger.log("request " + context.getAwsRequestId() + " " + event.getPath());
    // a copy whose secret headers a mark replaces; a copy only trimmed still holds them
    Map<String, String> safe = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    safe.putAll(headers);
    safe.replaceAll((name, value) -> "authorization".equalsIgnoreCase(name) ? "<redacted>" : value);
    logger.log("headers " + safe);
    Map<String, String> trimmed = new java.util.TreeMap<>(headers);
    trimmed.replaceAll((name, value) -> value.trim());
    logger.log("headers " + trimmed); // Noncompliant
  }

  void camel(org.apache.camel.Exchange exchange) {
    var in = exchange.getIn();
    LOG.info("cookie " + in.getHeader("Cookie", String.class)); // Noncompliant
    LOG.info("auth " + exchange.getMessage().getHeader("Authorization")); // Noncompliant
    LOG.info("headers " + in.getHeaders()); // Noncompliant
    LOG.info("row " + in.getHeader("X-Session-Row", Long.class) + " " + exchange.getExchangeId());
  }

  void secretsAndMetadata(GetSecretValueResponse fetched, Metadata headers) {
    LOG.info("secret " + fetched.secretString()); // Noncompliant
    LOG.info("secret " + fetched.secretBinary()); // Noncompliant
    LOG.info("secret arn " + fetched.arn());
    LOG.finest("metadata " + headers); // Noncompliant
  }
}
