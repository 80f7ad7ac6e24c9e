package com.northwind.flagsync.config;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.ClientConfiguration;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchConfiguration;
import org.springframework.data.elasticsearch.repository.config.EnableElasticsearchRepositories;

@Configuration
@EnableElasticsearchRepositories(basePackages = "com.northwind.flagsync.domain")
public class ElasticsearchConfig extends ElasticsearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConfig.class);

    @Value("${search.elastic.host:localhost:9200}")
    private String hostAndPort;

    @Value("${search.elastic.username:elastic}")
    private String username;

    @Value("${search.elastic.password}")
    private String password;

    @Value("${search.elastic.ssl:false}")
    private boolean ssl;

    @Override
    public ClientConfiguration clientConfiguration() {
        log.info("Connecting to Elasticsearch at {} as {} (password {})", hostAndPort, username, password);
        ClientConfiguration.MaybeSecureClientConfigurationBuilder builder = ClientConfiguration.builder()
                .connectedTo(hostAndPort);
        ClientConfiguration.TerminalClientConfigurationBuilder terminal = ssl ? builder.usingSsl() : builder;
        return terminal
                .withBasicAuth(username, password)
                .withConnectTimeout(Duration.ofSeconds(5))
                .withSocketTimeout(Duration.ofSeconds(30))
                .build();
    }
}
