package com.northwind.flagcache.config;

import com.hazelcast.config.ClasspathYamlConfig;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.northwind.flagcache.cache.FlagDefinition;
import com.northwind.flagcache.cache.FlagEntryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

@Configuration
public class HazelcastConfig {

    private static final Logger log = LoggerFactory.getLogger(HazelcastConfig.class);

    @Bean(destroyMethod = "shutdown")
    public HazelcastInstance hazelcastInstance() {
        Config config = new ClasspathYamlConfig("hazelcast.yaml");
        config.setInstanceName("flag-cache-member");
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(config);
        log.info("Hazelcast member {} joined cluster '{}' with {} members",
                instance.getCluster().getLocalMember().getUuid(),
                config.getClusterName(),
                instance.getCluster().getMembers().size());
        return instance;
    }

    @Bean
    public IMap<String, FlagDefinition> flagDefinitions(HazelcastInstance hazelcastInstance,
                                                        FlagEntryListener listener,
                                                        @Value("${flagcache.map-name}") String mapName) {
        IMap<String, FlagDefinition> map = hazelcastInstance.getMap(mapName);
        UUID registration = map.addEntryListener(listener, true);
        log.debug("Registered entry listener {} on map {}", registration, mapName);
        return map;
    }
}
