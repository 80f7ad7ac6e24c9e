package org.eclipse.microprofile.graphql;

/** MicroProfile GraphQL's checked exception, as far as the case needs it. */
public class GraphQLException extends Exception {
  public GraphQLException(String message) {
    super(message);
  }

  public GraphQLException(String message, Throwable cause) {
    super(message, cause);
  }
}
