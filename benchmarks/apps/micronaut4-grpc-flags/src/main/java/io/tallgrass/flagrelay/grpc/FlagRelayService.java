package io.tallgrass.flagrelay.grpc;

import com.posthog.server.PostHogInterface;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.tallgrass.flagrelay.error.PostHogUpstreamException;
import io.tallgrass.flagrelay.grpc.v1.EvaluateReply;
import io.tallgrass.flagrelay.grpc.v1.EvaluateRequest;
import io.tallgrass.flagrelay.grpc.v1.FlagRelayGrpc;
import io.tallgrass.flagrelay.grpc.v1.TrackReply;
import io.tallgrass.flagrelay.grpc.v1.TrackRequest;
import io.tallgrass.flagrelay.service.FlagGateway;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

@Singleton
public class FlagRelayService extends FlagRelayGrpc.FlagRelayImplBase {

    private static final Logger LOG = LoggerFactory.getLogger(FlagRelayService.class);
    private static final AtomicLong CALLS = new AtomicLong();

    private final PostHogInterface posthog;
    private final FlagGateway gateway;

    public FlagRelayService(PostHogInterface posthog, FlagGateway gateway) {
        this.posthog = posthog;
        this.gateway = gateway;
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateReply> responseObserver) {
        try {
            if (!gateway.definitions().containsKey("flags")) {
                LOG.debug("No cached definitions yet, asking the SDK directly");
            }
            boolean enabled = posthog.isFeatureEnabled(request.getDistinctId(), request.getFlagKey(), false);
            Object variant = posthog.getFeatureFlag(request.getDistinctId(), request.getFlagKey());
            responseObserver.onNext(EvaluateReply.newBuilder()
                    .setFlagKey(request.getFlagKey())
                    .setEnabled(enabled)
                    .setVariant(variant instanceof String s ? s : "")
                    .build());
            responseObserver.onCompleted();
        } catch (PostHogUpstreamException e) {
            LOG.error("Evaluate failed for flag {}", request.getFlagKey(), e);
            responseObserver.onError(Status.UNAVAILABLE.withDescription("flag service unavailable").asRuntimeException());
        }
    }

    @Override
    public void track(TrackRequest request, StreamObserver<TrackReply> responseObserver) {
        long sessionId = CALLS.incrementAndGet();
        LOG.debug("track call #{} event={} distinctId={}", sessionId, request.getEvent(), request.getDistinctId());
        gateway.forwardEvent(request.getDistinctId(), request.getEvent(), request.getPropertiesMap());
        responseObserver.onNext(TrackReply.newBuilder().setAccepted(true).build());
        responseObserver.onCompleted();
    }
}
