package dev.kestrel.flagwire.grpc;

import com.posthog.server.PostHogInterface;
import dev.kestrel.flagwire.grpc.v1.EvaluateReply;
import dev.kestrel.flagwire.grpc.v1.EvaluateRequest;
import dev.kestrel.flagwire.grpc.v1.ExportReply;
import dev.kestrel.flagwire.grpc.v1.ExportRequest;
import dev.kestrel.flagwire.grpc.v1.FlagServiceGrpc;
import dev.kestrel.flagwire.posthog.PostHogAdminClient;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class FlagServiceImpl extends FlagServiceGrpc.FlagServiceImplBase {

  private static final Logger LOG = Logger.getLogger(FlagServiceImpl.class.getName());

  private final PostHogInterface posthog;
  private final PostHogAdminClient admin;

  public FlagServiceImpl(PostHogInterface posthog, PostHogAdminClient admin) {
    this.posthog = posthog;
    this.admin = admin;
  }

  @Override
  public void evaluate(EvaluateRequest request, StreamObserver<EvaluateReply> responseObserver) {
    String flagKey = request.getFlagKey();
    long sessionId = request.getSessionId();
    boolean enabled = posthog.isFeatureEnabled(request.getDistinctId(), flagKey, false);
    LOG.info(() -> String.format("flag %s for client session #%d -> %s (caller %s)",
        flagKey, sessionId, enabled, AuthServerInterceptor.CALLER.get()));
    responseObserver.onNext(EvaluateReply.newBuilder().setFlagKey(flagKey).setEnabled(enabled).build());
    responseObserver.onCompleted();
  }

  @Override
  public void exportFlags(ExportRequest request, StreamObserver<ExportReply> responseObserver) {
    try {
      String json = admin.listFlagsJson();
      responseObserver.onNext(ExportReply.newBuilder().setFlagsJson(json).build());
      responseObserver.onCompleted();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "flag export failed", e);
      responseObserver.onError(Status.UNAVAILABLE.withDescription("PostHog export failed").asRuntimeException());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      responseObserver.onError(Status.CANCELLED.asRuntimeException());
    }
  }
}
