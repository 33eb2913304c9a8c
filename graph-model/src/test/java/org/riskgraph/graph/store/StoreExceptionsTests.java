package org.riskgraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

class StoreExceptionsTests {

  @Test
  void anUnreachableStoreBecomesStoreUnavailable() {
    assertThat(StoreExceptions.translate(new ServiceUnavailableException("no leader")))
        .isExactlyInstanceOf(StoreUnavailableException.class)
        .hasMessage("no leader")
        .hasCauseInstanceOf(ServiceUnavailableException.class);
    assertThat(StoreExceptions.translate(new SessionExpiredException("leader moved")))
        .isExactlyInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void aTransientFailureOrATimedOutTransactionBecomesQueryTimeout() {
    StoreException transient_ =
        StoreExceptions.translate(
            new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
    StoreException timedOut =
        StoreExceptions.translate(
            new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "too long"));

    assertThat(transient_).isExactlyInstanceOf(QueryTimeoutException.class);
    assertThat(transient_.code()).isEqualTo("Neo.TransientError.Transaction.DeadlockDetected");
    assertThat(timedOut).isExactlyInstanceOf(QueryTimeoutException.class);
  }

  @Test
  void anyOtherRefusalIsAStoreExceptionWithTheServersCodeAndMessage() {
    StoreException refused =
        StoreExceptions.translate(
            new ClientException(
                "Neo.ClientError.Schema.ConstraintValidationFailed",
                "Node(1) already exists with label `Person` and property `id` = 'P1'"));

    assertThat(refused).isExactlyInstanceOf(StoreException.class);
    assertThat(refused.code()).isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed");
    assertThat(refused.getMessage()).contains("property `id` = 'P1'");
  }
}
