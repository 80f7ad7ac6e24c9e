package com.acme.flags.grpc;

import com.acme.flags.config.AdminSettings;
import com.acme.flags.grpc.v1.EvaluateReply;
import com.acme.flags.grpc.v1.EvaluateRequest;
import com.acme.flags.grpc.v1.FlagService;
import io.grpc.Metadata;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.GrpcClientUtils;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Forwards evaluations to the flag service of the other region.
 */
@ApplicationScoped
public class UpstreamFlagClient {

    @GrpcClient("upstream-flags")
    FlagService upstream;

    private final AdminSettings admin;

    UpstreamFlagClient(AdminSettings admin) {
        this.admin = admin;
    }

    @Retry(maxRetries = 2, delay = 150)
    @Timeout(2000)
    @Fallback(fallbackMethod = "disabled")
    public Uni<EvaluateReply> evaluate(EvaluateRequest request) {
        String upstreamToken = admin.upstream().token();
        Metadata metadata = new Metadata();
        metadata.put(AuthInterceptor.AUTHORIZATION, "Bearer " + upstreamToken);
        Log.infof("Forwarding %s to upstream region with token %s", request.getFlagKey(), upstreamToken);
        return GrpcClientUtils.attachHeaders(upstream, metadata)
                .evaluate(request.toBuilder().setForward(false).build());
    }

    Uni<EvaluateReply> disabled(EvaluateRequest request) {
        return Uni.createFrom().item(EvaluateReply.newBuilder()
                .setFlagKey(request.getFlagKey())
                .setEnabled(false)
                .setSource("upstream-fallback")
                .build());
    }
}
