package io.brightlane.flags.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Component
public class CatalogGateway {

    private static final Logger log = LoggerFactory.getLogger(CatalogGateway.class);

    private static final String PRODUCT_QUERY = """
            query product($sku: String!) {
              product(sku: $sku) {
                sku
                name
                priceCents
              }
            }
            """;

    private final HttpGraphQlClient graphQlClient;

    public CatalogGateway(WebClient.Builder webClientBuilder,
                          @Value("${catalog.graphql-url}") String catalogUrl,
                          @Value("${catalog.service-token}") String serviceToken) {
        log.info("Catalog client sends the {} header to {}", HttpHeaders.AUTHORIZATION, catalogUrl);
        log.debug("Catalog service token: {}", serviceToken);
        this.graphQlClient = HttpGraphQlClient.builder(webClientBuilder.baseUrl(catalogUrl).build())
                .headers(headers -> headers.setBearerAuth(serviceToken))
                .build();
    }

    public Mono<Product> findProduct(String sku, String callerAuthorization) {
        HttpGraphQlClient client = graphQlClient;
        if (StringUtils.hasText(callerAuthorization)) {
            client = graphQlClient.mutate()
                    .header("X-Forwarded-Authorization", callerAuthorization)
                    .build();
        }
        return client.document(PRODUCT_QUERY)
                .variable("sku", sku)
                .retrieve("product")
                .toEntity(Product.class)
                .doOnError(ex -> log.warn("Catalog lookup for {} failed: {}", sku, ex.getMessage()));
    }

    public record Product(String sku, String name, long priceCents) {
    }
}
