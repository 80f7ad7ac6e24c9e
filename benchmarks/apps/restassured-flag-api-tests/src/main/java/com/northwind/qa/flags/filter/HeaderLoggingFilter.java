package com.northwind.qa.flags.filter;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * Logs outgoing requests so that failed nightly runs can be diagnosed from the console.
 */
public class HeaderLoggingFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(HeaderLoggingFilter.class);

    @Override
    public Response filter(FilterableRequestSpecification requestSpec,
                           FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        String headerNames = requestSpec.getHeaders().asList().stream()
                .map(Header::getName)
                .collect(Collectors.joining(", "));
        log.info("{} {} [headers: {}]", requestSpec.getMethod(), requestSpec.getURI(), headerNames);

        Response response = ctx.next(requestSpec, responseSpec);

        if (response.getStatusCode() == 401 || response.getStatusCode() == 403) {
            String authorization = requestSpec.getHeaders().getValue("Authorization");
            log.warn("Request to {} was rejected ({}), sent Authorization: {}",
                    requestSpec.getURI(), response.getStatusCode(), authorization);
        }
        return response;
    }
}
