package org.riskgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * With HTTP Basic every request carries the password, and checking a bcrypt hash costs tens of
 * milliseconds of CPU; this remembers a successful check for a few minutes, keyed by a salted
 * SHA-256 of name and password (never the password itself), so a busy client does not burn the
 * server's CPU on hashing.
 */
final class RememberedCredentials implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final long ttlNanos;
  private final byte[] salt = new byte[16];
  private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

  RememberedCredentials(AuthenticationProvider delegate, Duration ttl) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    if (authentication.getCredentials() == null) {
      return delegate.authenticate(authentication);
    }
    String key = key(authentication.getName(), authentication.getCredentials().toString());
    long now = System.nanoTime();
    Remembered hit = remembered.get(key);
    if (hit != null && now - hit.at < ttlNanos) {
      UsernamePasswordAuthenticationToken result =
          UsernamePasswordAuthenticationToken.authenticated(
              hit.result.getPrincipal(), null, hit.result.getAuthorities());
      result.setDetails(authentication.getDetails());
      return result;
    }
    Authentication result = delegate.authenticate(authentication);
    if (result != null && result.isAuthenticated()) {
      if (remembered.size() > 10_000) {
        remembered.clear();
      }
      remembered.put(key, new Remembered(result, now));
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }

  private String key(String name, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Remembered(Authentication result, long at) {}
}
