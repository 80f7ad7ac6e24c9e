package com.northwind.flagevents.service;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class FlagCacheService {

    private static final String HASH_KEY = "flag-events:flags";

    private final StringRedisTemplate redis;

    public FlagCacheService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void put(String flagKey, boolean active) {
        redis.opsForHash().put(HASH_KEY, flagKey, Boolean.toString(active));
    }

    public Map<String, Boolean> snapshot() {
        return redis.opsForHash().entries(HASH_KEY).entrySet().stream()
                .collect(Collectors.toMap(e -> (String) e.getKey(), e -> Boolean.valueOf((String) e.getValue())));
    }

    public int size() {
        Long size = redis.opsForHash().size(HASH_KEY);
        return size == null ? 0 : size.intValue();
    }
}
