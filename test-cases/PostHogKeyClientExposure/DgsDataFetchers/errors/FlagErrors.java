package errors;

import com.netflix.graphql.types.errors.TypedGraphQLError;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/** Turns exceptions into the GraphQL errors the client gets. */
public class FlagErrors {
  private final String flagsKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  public GraphQLError rejected(Throwable exception, Object path) {
    if (exception instanceof KeyRejectedException rejected) {
      return TypedGraphQLError.newBadRequestBuilder()
          .message(rejected.getMessage()) // Noncompliant
          .path(path)
          .build();
    }
    return TypedGraphQLError.newBadRequestBuilder().path(path).message("bad request").build();
  }

  public GraphQLError misconfigured(Object path) {
    return GraphqlErrorBuilder.newError().path(path).message("flags key %s refused", flagsKey).build(); // Noncompliant
  }

  public GraphQLError refused(Object path) {
    return GraphqlErrorBuilder.newError().path(path).message("flags key refused").build();
  }
}
