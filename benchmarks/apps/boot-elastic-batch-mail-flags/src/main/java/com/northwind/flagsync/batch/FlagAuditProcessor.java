package com.northwind.flagsync.batch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringTokenizer;

import com.northwind.flagsync.batch.PostHogFlagReader.FlagDefinition;
import com.northwind.flagsync.domain.FlagAuditDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Turns a PostHog flag definition into a searchable audit document. The release conditions are
 * flattened into an expression and split into lower-case terms for the keyword field.
 */
@Component
public class FlagAuditProcessor implements ItemProcessor<FlagDefinition, FlagAuditDocument> {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditProcessor.class);
    private static final String DELIMITERS = " ,()=";

    @Override
    public FlagAuditDocument process(FlagDefinition flag) {
        if (flag.key() == null || flag.key().isBlank()) {
            return null;
        }
        String expression = describeConditions(flag.filters());
        List<String> terms = new ArrayList<>();
        StringTokenizer tokenizer = new StringTokenizer(expression, DELIMITERS);
        int tokenCount = 0;
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken();
            log.trace("flag {} condition token '{}'", flag.key(), token);
            terms.add(token.toLowerCase(Locale.ROOT));
            tokenCount++;
        }
        log.debug("flag {} release conditions split into {} tokens", flag.key(), tokenCount);

        FlagAuditDocument doc = new FlagAuditDocument();
        doc.setId(flag.key() + ":" + flag.id());
        doc.setFlagId(flag.id());
        doc.setFlagKey(flag.key());
        doc.setName(flag.name());
        doc.setActive(flag.active());
        doc.setRolloutPercentage(flag.rolloutPercentage() != null ? flag.rolloutPercentage() : 100);
        doc.setConditionTerms(terms);
        doc.setCreatedBy(flag.createdBy() != null ? String.valueOf(flag.createdBy().get("email")) : null);
        doc.setConditionHash(DigestUtils.md5DigestAsHex(expression.getBytes(StandardCharsets.UTF_8)));
        doc.setSyncedAt(Instant.now());
        return doc;
    }

    @SuppressWarnings("unchecked")
    private String describeConditions(Map<String, Object> filters) {
        if (filters == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Object groups = filters.get("groups");
        if (groups instanceof List<?> groupList) {
            for (Object group : groupList) {
                if (!(group instanceof Map<?, ?> g)) {
                    continue;
                }
                Object properties = g.get("properties");
                if (properties instanceof List<?> propertyList) {
                    for (Object p : propertyList) {
                        Map<String, Object> property = (Map<String, Object>) p;
                        sb.append('(').append(property.get("key")).append(' ')
                                .append(property.getOrDefault("operator", "exact")).append(' ')
                                .append(property.get("value")).append(") ");
                    }
                }
                sb.append("rollout=").append(g.get("rollout_percentage")).append(", ");
            }
        }
        return sb.toString().trim();
    }
}
