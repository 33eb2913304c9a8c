package org.riskgraph.api.params;

/**
 * A request parameter that is not written the way its type is: thrown by the converters of {@link
 * ParameterConfiguration}, answered by {@link ParameterProblems} as {@code
 * /problems/invalid-parameter} naming the parameter.
 */
final class ParameterFormatException extends IllegalArgumentException {

  ParameterFormatException(String shape) {
    super(shape);
  }
}
