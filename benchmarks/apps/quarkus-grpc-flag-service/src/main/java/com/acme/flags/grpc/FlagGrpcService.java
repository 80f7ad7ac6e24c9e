package com.acme.flags.grpc;

import com.acme.flags.config.AdminSettings;
import com.acme.flags.grpc.v1.EvaluateReply;
import com.acme.flags.grpc.v1.EvaluateRequest;
import com.acme.flags.grpc.v1.FlagService;
import com.acme.flags.posthog.FlagEvaluator;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * gRPC entry point used by checkout, search and the edge gateway.
 */
@GrpcService
public class FlagGrpcService implements FlagService {

    private static final Logger LOG = Logger.getLogger(FlagGrpcService.class);

    private final FlagEvaluator evaluator;
    private final UpstreamFlagClient upstream;
    private final AdminSettings admin;

    FlagGrpcService(FlagEvaluator evaluator, UpstreamFlagClient upstream, AdminSettings admin) {
        this.evaluator = evaluator;
        this.upstream = upstream;
        this.admin = admin;
    }

    @Override
    @Blocking
    public Uni<EvaluateReply> evaluate(EvaluateRequest request) {
        if (request.getDistinctId().isBlank()) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT
                    .withDescription("distinct_id is required").asRuntimeException());
        }
        long sessionId = request.getSessionId();
        LOG.debugf("Evaluate %s for %s in session #%d", request.getFlagKey(), request.getDistinctId(), sessionId);

        if (request.getForward() && admin.upstream().enabled()) {
            return upstream.evaluate(request);
        }
        if (request.getSessionToken().isEmpty()) {
            LOG.infof("Anonymous evaluation of %s", request.getFlagKey());
        } else {
            LOG.debugf("Evaluation of %s bound to user session %s", request.getFlagKey(), request.getSessionToken());
        }

        if (!request.getExpression().isBlank()) {
            boolean enabled = evaluator.evaluateExpression(request.getDistinctId(), request.getExpression());
            return Uni.createFrom().item(EvaluateReply.newBuilder()
                    .setFlagKey(request.getExpression())
                    .setEnabled(enabled)
                    .setSource("local")
                    .build());
        }

        FlagEvaluator.Evaluation evaluation = evaluator.evaluate(request.getDistinctId(), request.getFlagKey());
        return Uni.createFrom().item(EvaluateReply.newBuilder()
                .setFlagKey(evaluation.flagKey())
                .setEnabled(evaluation.enabled())
                .setVariant(evaluation.variant())
                .setSource("local")
                .build());
    }
}
