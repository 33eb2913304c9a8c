package org.riskgraph.api.instructions;

import java.time.Clock;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.instruction.InstructionRepository;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instruction store, and the clock that decides what is overdue. */
@Configuration(proxyBeanMethods = false)
class InstructionConfiguration {

  @Bean
  InstructionRepository instructionRepository(GraphStore store) {
    return new InstructionRepository(store);
  }

  @Bean
  Clock clock() {
    return Clock.system(Fields.CHINA);
  }
}
