package org.riskgraph.api.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request of unknown length (chunked) whose body fails once it passes the limit. */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

  private final long max;

  LimitedBodyRequest(HttpServletRequest request, long max) {
    super(request);
    this.max = max;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    ServletInputStream in = super.getInputStream();
    return new ServletInputStream() {
      private long read;

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0 && ++read > max) {
          throw new BodyTooLargeException(max);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0 && (read += n) > max) {
          throw new BodyTooLargeException(max);
        }
        return n;
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    };
  }

  /** Thrown when a chunked body passes the limit. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long max) {
      super("request body is larger than " + max + " bytes");
    }
  }
}
