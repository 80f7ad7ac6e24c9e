package com.northwind.partnerportal.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

public class PostHogClientFactoryBean implements FactoryBean<PostHogInterface>, DisposableBean {

    private static final Log log = LogFactory.getLog(PostHogClientFactoryBean.class);

    private String projectApiKey;
    private String personalApiKey;
    private String host = "https://eu.i.posthog.com";
    private int pollIntervalSeconds = 30;

    private PostHogInterface client;

    @Override
    public synchronized PostHogInterface getObject() {
        if (client == null) {
            PostHogConfig config = PostHogConfig.builder(projectApiKey)
                    .host(host)
                    .personalApiKey(personalApiKey)
                    .pollIntervalSeconds(pollIntervalSeconds)
                    .build();
            client = PostHog.with(config);
            log.info("PostHog client started for " + host + ", polling flags every " + pollIntervalSeconds + "s");
        }
        return client;
    }

    @Override
    public Class<?> getObjectType() {
        return PostHogInterface.class;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }
}
