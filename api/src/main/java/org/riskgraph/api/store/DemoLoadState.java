package org.riskgraph.api.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Whether the demo county is being loaded; the health check reports it. */
@Component
public class DemoLoadState {

  private final AtomicBoolean loading = new AtomicBoolean();

  public boolean loading() {
    return loading.get();
  }

  public void loading(boolean value) {
    loading.set(value);
  }
}
