/**
 * Who may do what. Users come from configuration ({@code tracker.users.<name>.password} and {@code .roles}) and are
 * stored with bcrypt hashes; they sign in with HTTP Basic. Bearer tokens from an OIDC provider work too once
 * {@code quarkus.oidc.*} is configured. Roles: {@link org.commitmenttracker.security.Roles}.
 */
package org.commitmenttracker.security;
