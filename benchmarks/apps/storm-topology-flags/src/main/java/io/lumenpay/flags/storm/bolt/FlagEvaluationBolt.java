package io.lumenpay.flags.storm.bolt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenpay.flags.storm.config.PostHogConstants;
import io.lumenpay.flags.storm.error.FlagEvaluationException;
import io.lumenpay.flags.storm.posthog.PostHogClientFactory;
import java.io.IOException;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.tuple.Values;

public class FlagEvaluationBolt extends BaseRichBolt {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(FlagEvaluationBolt.class);

    public enum TokenSource { TOPOLOGY_CONFIG, FLUX_OVERRIDE, NONE }

    private transient OutputCollector collector;
    private transient PostHogInterface posthog;
    private transient ObjectMapper mapper;
    private TokenSource token = TokenSource.NONE;

    @Override
    public void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        this.mapper = new ObjectMapper();
        LOG.debug("Preparing task {} with topology config {}", context.getThisTaskId(), topoConf);

        String projectKey = (String) topoConf.get(PostHogConstants.CONF_PROJECT_KEY);
        String host = (String) topoConf.getOrDefault(PostHogConstants.CONF_HOST, PostHogConstants.DEFAULT_HOST);
        String localEvalKey = (String) topoConf.get(PostHogConstants.CONF_LOCAL_EVAL_KEY);
        boolean localMode = Boolean.TRUE.equals(topoConf.get(PostHogConstants.CONF_LOCAL_MODE));

        try {
            if (localMode) {
                token = TokenSource.TOPOLOGY_CONFIG;
                posthog = PostHogClientFactory.createForLocalCluster(projectKey,
                        (String) topoConf.get(PostHogConstants.CONF_PERSONAL_KEY), host);
            } else if (localEvalKey != null) {
                token = TokenSource.FLUX_OVERRIDE;
                PostHogConfig config = PostHogConfig.builder(projectKey)
                        .host(host)
                        .personalApiKey(localEvalKey)
                        .localEvaluation(true)
                        .build();
                posthog = PostHog.with(config);
            } else {
                token = TokenSource.TOPOLOGY_CONFIG;
                posthog = PostHogClientFactory.create(projectKey,
                        (String) topoConf.get(PostHogConstants.CONF_SECURE_KEY), host);
            }
        } catch (FlagEvaluationException e) {
            LOG.error("PostHog unavailable on task {}, flags fall back to defaults", context.getThisTaskId(), e);
            posthog = null;
        }
        LOG.info("Flag evaluation task {} ready, token {}", context.getThisTaskId(), token);
    }

    @Override
    public void execute(Tuple input) {
        String distinctId = input.getStringByField("key");
        try {
            JsonNode event = mapper.readTree(input.getStringByField("value"));
            String flagKey = event.path("flag").asText("checkout-v2");
            boolean enabled = posthog != null && posthog.isFeatureEnabled(distinctId, flagKey, false);
            collector.emit(input, new Values(distinctId, flagKey, enabled, event.path("event").asText()));
            collector.ack(input);
        } catch (IOException e) {
            LOG.warn("Dropping malformed event at offset {}", input.getLongByField("offset"));
            collector.fail(input);
        }
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("distinctId", "flagKey", "enabled", "event"));
    }

    @Override
    public void cleanup() {
        if (posthog != null) {
            posthog.close();
        }
    }
}
