package com.quarry.graph.graphql;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.quarry.graph.flags.FlagService;
import com.quarry.graph.graphql.dto.ProductDto;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestHeader;

@DgsComponent
public class ProductDataFetcher {

    private static final Logger log = LoggerFactory.getLogger(ProductDataFetcher.class);

    private final Map<String, ProductDto> store = new ConcurrentHashMap<>();
    private final FlagService flags;

    public ProductDataFetcher(FlagService flags) {
        this.flags = flags;
    }

    @DgsQuery
    public List<ProductDto> products(@InputArgument String category) {
        return store.values().stream()
                .filter(p -> category == null || p.category().equalsIgnoreCase(category))
                .toList();
    }

    @DgsMutation
    public ProductDto createProduct(@InputArgument ProductDto.Input input,
                                    @RequestHeader(value = "Authorization", required = false) String authorization) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth != null ? auth.getName() : "anonymous";
        log.info("createProduct '{}' by {} (credentials {})", input.name(), user, authorization);
        if (!flags.isEnabled(user, "catalog-write")) {
            throw new IllegalStateException("catalog-write is disabled for " + user);
        }
        ProductDto created = new ProductDto(UUID.randomUUID().toString(), input.name(), input.category(), input.priceCents());
        store.put(created.id(), created);
        flags.trackProductCreated(user, input.category());
        return created;
    }
}
