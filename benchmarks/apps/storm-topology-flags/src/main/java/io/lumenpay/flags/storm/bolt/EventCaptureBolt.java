package io.lumenpay.flags.storm.bolt;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenpay.flags.storm.config.PostHogConstants;
import io.lumenpay.flags.storm.config.TopologySettings;
import io.lumenpay.flags.storm.util.KeyMasker;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.storm.Config;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Tuple;

public class EventCaptureBolt extends BaseRichBolt {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(EventCaptureBolt.class);

    private transient OutputCollector collector;
    private transient PostHogInterface posthog;

    @Override
    public void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        TopologySettings settings = TopologySettings.load();
        String secureKey = (String) topoConf.get(PostHogConstants.CONF_SECURE_KEY);
        boolean apiKey = secureKey != null;
        LOG.info("apiKey present on task {}: {}", context.getThisTaskId(), apiKey);
        if (apiKey) {
            LOG.info("Secure key fingerprint {}", KeyMasker.sha256Hex(secureKey));
        }

        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .flushAt(50)
                .build();
        if (secureKey != null) {
            config.setPersonalApiKey(secureKey);
            config.setLocalEvaluation(true);
        }
        if (Boolean.TRUE.equals(topoConf.get(Config.TOPOLOGY_DEBUG))) {
            config.setDebug(true);
        }
        posthog = PostHog.with(config);
    }

    @Override
    public void execute(Tuple input) {
        String distinctId = input.getStringByField("distinctId");
        Map<String, Object> properties = new HashMap<>();
        properties.put("$feature_flag", input.getStringByField("flagKey"));
        properties.put("$feature_flag_response", input.getBooleanByField("enabled"));
        properties.put("source_event", input.getStringByField("event"));
        posthog.capture(distinctId, "$feature_flag_called", properties);
        collector.ack(input);
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
    }

    @Override
    public void cleanup() {
        if (posthog != null) {
            posthog.flush();
            posthog.close();
        }
    }
}
