package com.northwind.cohorts.spark;

import com.northwind.cohorts.config.JobSettings;
import com.northwind.cohorts.model.CohortMember;
import com.posthog.java.PostHog;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Sends one "cohort_membership_exported" event per member from the executors. */
public class CohortEventSender implements Serializable {

    private static final Logger log = LogManager.getLogger(CohortEventSender.class);

    private final String apiKey;
    private final String host;
    private final String oauthAccessToken;

    public CohortEventSender(JobSettings settings) {
        this.apiKey = settings.getPersonalApiKey();
        this.host = settings.getPosthogHost();
        this.oauthAccessToken = settings.getPosthogOAuthAccessToken();
    }

    public void send(Dataset<Row> members, String runId) {
        JavaRDD<CohortMember> rdd = members.toJavaRDD().map(row -> new CohortMember(
                row.getAs("distinct_id"),
                row.getAs("cohort_id"),
                row.<Long>getAs("session_id"),
                row.<Long>getAs("event_count"),
                row.<java.sql.Timestamp>getAs("last_seen").toInstant()));

        rdd.foreachPartition((Iterator<CohortMember> partition) -> {
            ThreadContext.put("runId", runId);
            ThreadContext.put("posthogAccessToken", oauthAccessToken);
            PostHog posthog = new PostHog.Builder(apiKey)
                    .host(host)
                    .build();
            int sent = 0;
            try {
                while (partition.hasNext()) {
                    CohortMember member = partition.next();
                    Map<String, Object> props = new HashMap<>();
                    props.put("cohort_id", member.cohortId());
                    props.put("event_count", member.eventCount());
                    props.put("last_seen", member.lastSeen().toString());
                    props.put("run_id", runId);
                    posthog.capture(member.distinctId(), "cohort_membership_exported", props);
                    log.trace("member {} exported from session {}", member.distinctId(), member.sessionId());
                    sent++;
                }
            } finally {
                posthog.shutdown();
                log.info("Partition done: {} events sent", sent);
                ThreadContext.clearMap();
            }
        });
    }
}
