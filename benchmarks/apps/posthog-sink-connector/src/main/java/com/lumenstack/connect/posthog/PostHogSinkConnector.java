package com.lumenstack.connect.posthog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenstack.connect.posthog.admin.AdminServer;
import com.lumenstack.connect.posthog.config.PostHogConfigValidator;
import com.lumenstack.connect.posthog.config.PostHogSinkConfig;
import com.lumenstack.connect.posthog.status.StatusRegistry;

public class PostHogSinkConnector extends SinkConnector {

    private static final Logger log = LoggerFactory.getLogger(PostHogSinkConnector.class);

    static final String CONNECTOR_NAME_PROP = "name";

    private Map<String, String> configProps;
    private AdminServer adminServer;

    @Override
    public String version() {
        return currentVersion();
    }

    static String currentVersion() {
        String version = PostHogSinkConnector.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0-dev" : version;
    }

    @Override
    public void start(Map<String, String> props) {
        PostHogSinkConfig config = new PostHogSinkConfig(props);
        configProps = new HashMap<>(props);

        String name = props.getOrDefault(CONNECTOR_NAME_PROP, "posthog-sink");
        StatusRegistry.instance().register(name);
        log.info("Starting {} for PostHog project {} at {}{}", name, config.projectApiKey(), config.host(),
                config.sandbox() ? " (sandbox)" : "");

        if (config.adminEnabled()) {
            adminServer = new AdminServer(config, StatusRegistry.instance());
            adminServer.start();
        }
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PostHogSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> taskProps = new HashMap<>(configProps);
            taskProps.put(PostHogSinkTask.TASK_ID_PROP, Integer.toString(i));
            configs.add(taskProps);
        }
        return configs;
    }

    @Override
    public void stop() {
        if (adminServer != null) {
            adminServer.close();
            adminServer = null;
        }
        StatusRegistry.instance().stopped();
        StatusRegistry.instance().unregister();
    }

    @Override
    public ConfigDef config() {
        return PostHogSinkConfig.configDef();
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        return new PostHogConfigValidator().validate(connectorConfigs, result);
    }
}
