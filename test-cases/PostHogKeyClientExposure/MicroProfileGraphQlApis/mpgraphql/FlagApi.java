package mpgraphql;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** What a MicroProfile GraphQL API returns, and the messages of its GraphQLExceptions. */
@GraphQLApi
public class FlagApi {
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  @Query("projectKey")
  public String projectKey() {
    return projectKey;
  }

  @Query("evaluationKey")
  public String evaluationKey() {
    return secureKey; // Noncompliant
  }

  @Mutation("rotate")
  public String rotate() throws GraphQLException {
    if (secureKey == null) {
      throw new GraphQLException("no secure key configured");
    }
    throw new GraphQLException("rotation refused for " + secureKey); // Noncompliant
  }

  public String localEvaluationKey(@Source Project project) {
    return secureKey; // Noncompliant
  }

  public String keyHint(@Source Project project) {
    return secureKey.substring(0, 4) + "...";
  }

  String internalKey() {
    return secureKey;
  }
}
