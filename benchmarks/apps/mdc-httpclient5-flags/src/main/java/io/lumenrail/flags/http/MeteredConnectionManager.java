package io.lumenrail.flags.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.io.ConnectionEndpoint;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.io.LeaseRequest;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class MeteredConnectionManager implements HttpClientConnectionManager {

    private static final Logger log = LoggerFactory.getLogger(MeteredConnectionManager.class);

    private final HttpClientConnectionManager delegate;
    private final MeterRegistry meterRegistry;
    private final Timer leaseTimer;
    private final Counter reusableReleases;
    private final Counter discardedReleases;

    public MeteredConnectionManager(HttpClientConnectionManager delegate, MeterRegistry meterRegistry, Tags tags) {
        this.delegate = delegate;
        this.meterRegistry = meterRegistry;
        this.leaseTimer = Timer.builder("httpclient.connection.lease")
                .description("Time spent waiting for a pooled connection")
                .tags(tags)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meterRegistry);
        this.reusableReleases = meterRegistry.counter("httpclient.connection.release", tags.and("reusable", "true"));
        this.discardedReleases = meterRegistry.counter("httpclient.connection.release", tags.and("reusable", "false"));
    }

    @Override
    public LeaseRequest lease(String id, HttpRoute route, Timeout requestTimeout, Object state) {
        log.trace("Leasing connection {} for {}", id, route.getTargetHost());
        Timer.Sample sample = Timer.start(meterRegistry);
        LeaseRequest leaseRequest = delegate.lease(id, route, requestTimeout, state);
        return new LeaseRequest() {
            @Override
            public ConnectionEndpoint get(Timeout timeout)
                    throws InterruptedException, ExecutionException, TimeoutException {
                try {
                    return leaseRequest.get(timeout);
                } finally {
                    sample.stop(leaseTimer);
                }
            }

            @Override
            public boolean cancel() {
                return leaseRequest.cancel();
            }
        };
    }

    @Override
    public void release(ConnectionEndpoint endpoint, Object newState, TimeValue validDuration) {
        if (endpoint.isConnected() && TimeValue.isPositive(validDuration)) {
            reusableReleases.increment();
        } else {
            discardedReleases.increment();
        }
        delegate.release(endpoint, newState, validDuration);
    }

    @Override
    public void connect(ConnectionEndpoint endpoint, TimeValue connectTimeout, HttpContext context) throws IOException {
        delegate.connect(endpoint, connectTimeout, context);
    }

    @Override
    public void upgrade(ConnectionEndpoint endpoint, HttpContext context) throws IOException {
        delegate.upgrade(endpoint, context);
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
