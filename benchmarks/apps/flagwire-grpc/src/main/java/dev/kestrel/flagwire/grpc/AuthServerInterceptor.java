package dev.kestrel.flagwire.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Checks "authorization: Bearer <token>" against the SHA-256 hashes in flagwire.properties. */
public final class AuthServerInterceptor implements ServerInterceptor {

  private static final Logger LOG = Logger.getLogger(AuthServerInterceptor.class.getName());

  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  static final Context.Key<String> CALLER = Context.key("flagwire-caller");

  private final Set<String> acceptedTokenHashes;

  public AuthServerInterceptor(Set<String> acceptedTokenHashes) {
    this.acceptedTokenHashes = acceptedTokenHashes;
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
      ServerCall<ReqT, RespT> call, Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    LOG.fine(() -> "call " + method + " metadata keys " + headers.keys());
    String authorization = headers.get(AUTHORIZATION);
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      LOG.warning("Missing bearer token on " + method);
      call.close(Status.UNAUTHENTICATED.withDescription("missing bearer token"), new Metadata());
      return new ServerCall.Listener<>() { };
    }
    String tokenSha256 = sha256Hex(authorization.substring("Bearer ".length()));
    if (!acceptedTokenHashes.contains(tokenSha256)) {
      LOG.log(Level.WARNING, "Rejected {0} on {1}", new Object[] {authorization, method});
      LOG.finer("Metadata of the rejected call: " + headers);
      call.close(Status.PERMISSION_DENIED.withDescription("unknown token"), new Metadata());
      return new ServerCall.Listener<>() { };
    }
    LOG.fine("Accepted token sha256=" + tokenSha256 + " on " + method);
    Context context = Context.current().withValue(CALLER, tokenSha256.substring(0, 12));
    return Contexts.interceptCall(context, call, headers, next);
  }

  private static String sha256Hex(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
