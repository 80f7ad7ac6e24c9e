package com.netflix.graphql.types.errors;

import graphql.GraphQLError;

/** A stand-in for DGS's typed error (graphql-dgs is not on the test class path). */
public class TypedGraphQLError implements GraphQLError {
  public static Builder newBadRequestBuilder() {
    return new Builder();
  }

  public static class Builder {
    public Builder message(String message, Object... formatArgs) {
      return this;
    }

    public Builder path(Object path) {
      return this;
    }

    public TypedGraphQLError build() {
      return new TypedGraphQLError();
    }
  }
}
