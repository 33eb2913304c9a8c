package org.riskgraph.api.security;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.api.store.RiskGraphProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts the application accepts: those configured (with password hashes, never plain text)
 * and, in demo mode only, the five demo users with password {@code demo}.
 */
final class UserAccounts {

  static final List<String> DEMO_USERS =
      List.of("analyst", "command", "leader", "supervisor", "admin");

  private UserAccounts() {}

  static List<UserDetails> from(RiskGraphProperties properties, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    for (RiskGraphProperties.User user : properties.users()) {
      if (user.name() == null
          || user.passwordHash() == null
          || !user.passwordHash().startsWith("{")) {
        throw new IllegalStateException(
            "riskgraph.users: each user needs a name and a password hash with its algorithm prefix, e.g. {bcrypt}$2a$…");
      }
      users.add(
          User.withUsername(user.name())
              .password(user.passwordHash())
              .roles(
                  user.roles().stream()
                      .map(r -> Role.valueOf(r.toUpperCase()).name())
                      .toArray(String[]::new))
              .build());
    }
    if (properties.demo().enabled()) {
      String hash = encoder.encode("demo");
      for (String name : DEMO_USERS) {
        users.add(User.withUsername(name).password(hash).roles(name.toUpperCase()).build());
      }
    }
    boolean hasAdmin =
        users.stream()
            .anyMatch(
                u ->
                    u.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")));
    if (!hasAdmin) {
      throw new IllegalStateException(
          "No administrator configured: set riskgraph.users[0].name, .password-hash ({bcrypt}…) and .roles=ADMIN, or start with --demo");
    }
    return users;
  }
}
