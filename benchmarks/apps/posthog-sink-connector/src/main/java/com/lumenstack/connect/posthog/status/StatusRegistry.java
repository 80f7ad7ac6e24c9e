package com.lumenstack.connect.posthog.status;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenstack.connect.posthog.config.PostHogCredentials;
import com.lumenstack.connect.posthog.util.Secrets;

/**
 * Process-wide counters shared by the tasks of one connector, exposed over JMX and the admin
 * HTTP endpoint.
 */
public final class StatusRegistry implements PostHogSinkMetricsMBean {

    private static final Logger log = LoggerFactory.getLogger(StatusRegistry.class);
    private static final StatusRegistry INSTANCE = new StatusRegistry();

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong lastFlush = new AtomicLong();
    private volatile String connectorName = "unknown";
    private volatile String state = "UNASSIGNED";
    private volatile PostHogCredentials credentials;
    private volatile String lastError;
    private volatile ObjectName objectName;

    private StatusRegistry() {
    }

    public static StatusRegistry instance() {
        return INSTANCE;
    }

    public synchronized void register(String connector) {
        this.connectorName = connector;
        if (objectName != null) {
            return;
        }
        try {
            ObjectName name = new ObjectName("com.lumenstack.connect:type=PostHogSink,name=" + ObjectName.quote(connector));
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (!server.isRegistered(name)) {
                server.registerMBean(this, name);
            }
            objectName = name;
        } catch (JMException e) {
            log.warn("Could not register JMX bean for {}", connector, e);
        }
    }

    public synchronized void unregister() {
        if (objectName == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(objectName);
        } catch (JMException e) {
            log.debug("JMX bean {} already gone", objectName);
        }
        objectName = null;
    }

    public void connected(PostHogCredentials credentials) {
        this.credentials = credentials;
        this.state = "RUNNING";
    }

    public void recordSent(int count) {
        sent.addAndGet(count);
    }

    public void recordFailed(Throwable error) {
        failed.incrementAndGet();
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    public void flushed() {
        lastFlush.set(System.currentTimeMillis());
    }

    public void stopped() {
        state = "STOPPED";
    }

    public ConnectorStatus snapshot() {
        ConnectorStatus status = new ConnectorStatus();
        status.setConnector(connectorName);
        status.setState(state);
        status.setRecordsSent(sent.get());
        status.setRecordsFailed(failed.get());
        status.setLastFlushEpochMillis(lastFlush.get());
        status.setLastError(lastError);
        PostHogCredentials current = credentials;
        if (current != null) {
            status.setProjectApiKey(current.projectApiKey());
            status.setLocalEvaluation(current.localEvaluationKey() != null);
            status.setEvaluationKeyFingerprint(fingerprint(current.localEvaluationKey()));
            status.setConnection(current);
        }
        return status;
    }

    private static String fingerprint(String key) {
        String hash = Secrets.sha256Hex(key);
        return hash == null ? null : hash.substring(0, 12);
    }

    @Override
    public String getState() {
        return state;
    }

    @Override
    public long getRecordsSent() {
        return sent.get();
    }

    @Override
    public long getRecordsFailed() {
        return failed.get();
    }

    @Override
    public long getLastFlushEpochMillis() {
        return lastFlush.get();
    }

    @Override
    public boolean isLocalEvaluationEnabled() {
        PostHogCredentials current = credentials;
        return current != null && current.localEvaluationKey() != null;
    }

    @Override
    public String getLastError() {
        return lastError;
    }
}
