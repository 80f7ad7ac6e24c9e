package dev.kestrel.flagwire.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** Attaches "authorization: Bearer <token>" to every call of the admin CLI. */
public final class BearerClientInterceptor implements ClientInterceptor {

  private static final Logger LOG = Logger.getLogger(BearerClientInterceptor.class.getName());

  private final Supplier<String> tokenSupplier;

  public BearerClientInterceptor(Supplier<String> tokenSupplier) {
    this.tokenSupplier = tokenSupplier;
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {
      @Override
      public void start(Listener<RespT> responseListener, Metadata headers) {
        headers.put(AuthServerInterceptor.AUTHORIZATION, "Bearer " + tokenSupplier.get());
        LOG.finest("-> " + method.getFullMethodName() + " " + headers);
        super.start(responseListener, headers);
      }
    };
  }
}
